export const DEFAULT_CPU_SLOWDOWN: number;
export function cpuSlowdownFor(benchmarkIndex: number | undefined): number;

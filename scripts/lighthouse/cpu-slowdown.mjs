/** Lighthouse's default mobile CPU slowdown: a mid-range phone on a host with a benchmark index near 1,500. */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown for a host with this benchmark index: Lighthouse's mobile default, less on a host slower than
 * Lighthouse expects. On a slower or busier host the default emulates a slower phone than intended, and the score says
 * more about the machine than the page (Lighthouse's own "slower CPU than Lighthouse expects" warning). The
 * calibration its docs point to (lighthouse-cpu-throttling-calculator): 1,300 → 3×, 800 → 2×, 150 → 1×, linear
 * between, one more per 233 above 1,300; capped at the default, so a fast host is never judged more harshly than
 * Lighthouse's own mobile profile judges it.
 */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex)) return DEFAULT_CPU_SLOWDOWN;
  const calibrated =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : benchmarkIndex >= 150
          ? 1 + (benchmarkIndex - 150) / 650
          : 1;
  return Math.min(DEFAULT_CPU_SLOWDOWN, calibrated);
}

export function hashConcurrency(value: string | number | undefined): number;

/**
 * Calendar months in Malaysia time. Asia/Kuala_Lumpur has been UTC+8 all year since 1982 (no daylight
 * saving), so a fixed offset gives the instant a Malaysian month starts.
 */
const MALAYSIA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-11" for a year and a zero-based month (months outside 0–11 roll into the next or last year). */
function monthKey(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The last `count` months up to and including the one `now` falls in, oldest first, and the instant the
 * oldest began in Malaysia.
 */
export function lastMonthsInMalaysia(now: Date, count = 12): { months: string[]; since: Date } {
  const local = new Date(now.getTime() + MALAYSIA_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const months = Array.from({ length: count }, (_, i) => monthKey(year, month - (count - 1) + i));
  const since = new Date(Date.UTC(year, month - (count - 1), 1) - MALAYSIA_OFFSET_MS);
  return { months, since };
}

/** The first day of a "2026-11" month, as a Date to hand to a month formatter in the Malaysian zone. */
export function monthStart(key: string): Date {
  const [year, month] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1) - MALAYSIA_OFFSET_MS);
}

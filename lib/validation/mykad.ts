/**
 * MyKad (Malaysian identity card) numbers: YYMMDD-PB-###G. The first six digits are the date of birth, the
 * next two the JPN place-of-birth code (a state, or a country for those born abroad), the last digit odd
 * for men and even for women.
 */

export type Sex = 'LELAKI' | 'PEREMPUAN';
export type MyKadFailure = 'format' | 'date' | 'place';
export type MyKadResult = { ok: true; value: string; birthDate: Date; sex: Sex } | { ok: false; reason: MyKadFailure };

// Place-of-birth codes JPN issues: 01–16 the states and federal territories (two codes each for most), 21–59
// the same states again, 60–68 and 71–93 regions and countries abroad, 98 stateless, 99 not known/foreign.
// Gaps (00, 17–20, 69, 70, 73, 80, 81, 94–97) are not issued.
const PLACE_CODE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1, 16],
  [21, 59],
  [60, 68],
  [71, 72],
  [74, 79],
  [82, 93],
  [98, 99],
];

export function isPlaceCodeInUse(code: number): boolean {
  return PLACE_CODE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The MyKad without the separators people type ('-' and spaces), or null if it is not 12 digits. */
export function mykadDigits(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : null;
}

/**
 * The birth date in YYMMDD, or null if no such day exists. The 2000s are tried first, then the 1900s: a
 * date that would lie in the future belongs to the previous century (in November 2026, 261231 is
 * 31/12/1926 and 260101 is 01/01/2026).
 */
export function mykadBirthDate(yymmdd: string, now = new Date()): Date | null {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  for (const year of [2000 + yy, 1900 + yy]) {
    const date = new Date(Date.UTC(year, mm - 1, dd));
    // Date.UTC rolls 30 February over into March: a real day survives the round trip unchanged.
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
    if (real && date.getTime() <= now.getTime()) return date;
  }
  return null;
}

export function parseMyKad(raw: string, now = new Date()): MyKadResult {
  const value = mykadDigits(raw);
  if (!value) return { ok: false, reason: 'format' };
  const birthDate = mykadBirthDate(value.slice(0, 6), now);
  if (!birthDate) return { ok: false, reason: 'date' };
  if (!isPlaceCodeInUse(Number(value.slice(6, 8)))) return { ok: false, reason: 'place' };
  const sex: Sex = Number(value[11]) % 2 === 1 ? 'LELAKI' : 'PEREMPUAN';
  return { ok: true, value, birthDate, sex };
}

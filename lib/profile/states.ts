/**
 * The states and federal territories as the profile stores and shows them (Negeri). Client-safe: the
 * postcode data itself stays on the server (lib/profile/postcodes.ts).
 */
export const STATES = [
  'Johor',
  'Kedah',
  'Kelantan',
  'Melaka',
  'Negeri Sembilan',
  'Pahang',
  'Perak',
  'Perlis',
  'Pulau Pinang',
  'Sabah',
  'Sarawak',
  'Selangor',
  'Terengganu',
  'W.P. Kuala Lumpur',
  'W.P. Labuan',
  'W.P. Putrajaya',
] as const;

export type StateName = (typeof STATES)[number];

export function isStateName(value: unknown): value is StateName {
  return typeof value === 'string' && (STATES as readonly string[]).includes(value);
}

/** Bandar names by Negeri: what the Bandar list shows once a Negeri is chosen. */
export type CitiesByState = Readonly<Record<StateName, readonly string[]>>;

/** A Poskod is five digits; people sometimes type a space in the middle. */
export function postcodeDigits(raw: string): string | null {
  const digits = raw.replace(/\s/g, '');
  return /^\d{5}$/.test(digits) ? digits : null;
}

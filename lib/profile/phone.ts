/**
 * Malaysian telephone numbers as the profile stores them (requirements §4.3, the manual's "cth: 60312345678" and
 * "cth: 601312345678"): digits only, country code 60 first. People type them in every local form —
 * "03-1234 5678", "012-345 6789", "+60 12 345 6789", "60312345678" — so spaces, dashes, dots and
 * brackets are dropped, and a leading + or a trunk 0 is turned into the 60 form.
 *
 * After 60 comes the national number: 8 to 10 digits, never starting with 0 (landlines: an area code 3–9
 * and 6–8 digits; mobiles: 1x and 7–8 digits). Mobiles — and 1-300/1-800 numbers — start with 601.
 */
export type PhoneProblem = 'format' | 'mobile';
export type PhoneResult = { ok: true; value: string } | { ok: false; reason: PhoneProblem };

const STORED = /^60[1-9]\d{7,9}$/;
const MOBILE = /^601\d{8,9}$/;

export function normalisePhone(raw: string): string | null {
  let text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\-.()]/g, '');
  if (text.startsWith('+')) {
    text = text.slice(1);
    // An international form must say Malaysia; "+65…" is a Singapore number, not a typo.
    if (!text.startsWith('60')) return null;
  } else if (text.startsWith('0') && !text.startsWith('00')) {
    text = `6${text}`;
  }
  return STORED.test(text) ? text : null;
}

/** `mobile`: No. Telefon (HP), which must be a mobile number. */
export function parsePhone(raw: string, { mobile = false }: { mobile?: boolean } = {}): PhoneResult {
  const value = normalisePhone(raw);
  if (!value) return { ok: false, reason: 'format' };
  if (mobile && !MOBILE.test(value)) return { ok: false, reason: 'mobile' };
  return { ok: true, value };
}

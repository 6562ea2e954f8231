import 'server-only';
import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import { dataSecrets } from '@/lib/crypto/secrets';

/**
 * The 10 single-use recovery codes an officer is shown once at TOTP enrolment (issue 10), for the day the
 * phone is lost. Written on paper and typed back by hand, so:
 * - the alphabet leaves out what people misread: 0/O, 1/I/L (as the generated password does);
 * - 16 characters in four groups, XXXX-XXXX-XXXX-XXXX: 31^16 ≈ 2^79, far beyond guessing online (wrong codes
 *   count in the same lockout as passwords) and beyond any offline search of one stored hash;
 * - what is typed back is forgiven its case, spaces and dashes.
 */

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;
const LENGTH = GROUPS * GROUP_LENGTH;

/**
 * Stored as HMAC-SHA-256 under a key derived from the server secret (the one seal() uses for the TOTP
 * secret, with its own label). Not Argon2 like a password: a code is 79 random bits, not a word a person
 * chose, so there is no dictionary to slow down, and checking a code against all 10 hashes stays cheap. The
 * key adds that a copy of the database alone allows no search at all. Stored under the current data secret,
 * checked under it and the previous one (key rotation, lib/crypto/secrets.ts).
 */
function hash(normalised: string, secret = dataSecrets()[0]!): string {
  const key = Buffer.from(hkdfSync('sha256', secret, 'ecos-recovery-codes', 'recovery-code-hmac', 32));
  return createHmac('sha256', key).update(normalised, 'utf8').digest('hex');
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return code;
}

function format(code: string): string {
  return (code.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? []).join('-');
}

/** What was typed, as stored (upper case, no separators), or null when it cannot be a code. */
export function normaliseRecoveryCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH) return null;
  return [...code].every((c) => RECOVERY_CODE_ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(code: string): string {
  const normalised = normaliseRecoveryCode(code);
  if (!normalised) throw new Error('not a recovery code');
  return hash(normalised);
}

/** A new set: `codes` to show once (formatted), `hashes` to store; the two lists are in the same order. */
export function createRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const raw = new Set<string>();
  while (raw.size < RECOVERY_CODE_COUNT) raw.add(newCode());
  const codes = [...raw].map(format);
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export type StoredRecoveryCode = { codeHash: string; usedAt: Date | null };
export type RecoveryCodeCheck<T> = { ok: true; code: T } | { ok: false; reason: 'format' | 'wrong' | 'used' };

/**
 * Finds the stored code that was typed. Every stored hash is compared, in constant time and without
 * stopping at a match, so the answer's timing tells nothing about which or how many codes are left. A
 * used code is refused. The caller marks the returned one used in the same transaction, with
 * `… where used_at is null` and a check that one row changed: two requests racing with one code must not
 * both pass.
 */
export function checkRecoveryCode<T extends StoredRecoveryCode>(raw: string, stored: readonly T[]): RecoveryCodeCheck<T> {
  const normalised = normaliseRecoveryCode(raw);
  if (!normalised) return { ok: false, reason: 'format' };
  const typed = dataSecrets().map((secret) => Buffer.from(hash(normalised, secret), 'hex'));
  let found: T | null = null;
  for (const entry of stored) {
    const candidate = Buffer.from(entry.codeHash, 'hex');
    for (const digest of typed) if (candidate.length === digest.length && timingSafeEqual(candidate, digest)) found ??= entry;
  }
  if (!found) return { ok: false, reason: 'wrong' };
  if (found.usedAt) return { ok: false, reason: 'used' };
  return { ok: true, code: found };
}

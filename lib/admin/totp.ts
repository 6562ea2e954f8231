import 'server-only';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { seal, unseal } from '@/lib/crypto/seal';

/**
 * The second factor of officers and administrators (issue 10, NIST SP 800-63B AAL2): TOTP as RFC 6238 and
 * every authenticator app defines it by default — HMAC-SHA-1, 6 digits, 30-second steps — so Google
 * Authenticator, Microsoft Authenticator and FreeOTP all read the same QR code.
 */

export const TOTP_ISSUER = 'ECOS Suruhanjaya Tenaga';
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side absorbs a phone's clock drift and the time it takes to type the code (RFC 6238 §5.2).
const WINDOW_STEPS = 1;
// seal() derives a key per purpose, so a secret sealed here can never be opened as an outbox message.
const SEAL_PURPOSE = 'totp-secret';

/** A new secret (20 random bytes, the RFC's HMAC-SHA-1 key length) in Base32, as authenticator apps take it. */
export function createTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The secret as it is stored: AES-256-GCM, so a copy of the database alone cannot make codes. */
export function sealTotpSecret(secret: string): string {
  return seal(secret, SEAL_PURPOSE);
}

export function unsealTotpSecret(sealed: string): string {
  return unseal(sealed, SEAL_PURPOSE);
}

/** The otpauth:// URI of the QR code; the label is the officer's staff number, which is their log-in id. */
export function totpUri(secret: string, staffId: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: staffId, secret, digits: DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** The RFC's time step T of a moment: what the caller stores as the last step accepted. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * What an officer typed, as digits: apps show the code as "123 456", and a phone keyboard may add a dash.
 * Null when it cannot be a code, so a typo is not sent to the library (which throws on a bad length).
 */
export function normaliseTotpCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'format' | 'wrong' | 'replayed' };

/**
 * Checks a code against the plain Base32 secret. `lastStep` is the step of the last code accepted for this
 * officer (null before the first): a code of that step or an earlier one is refused even inside the window,
 * so a code read over a shoulder or from a proxy log cannot be used a second time (RFC 6238 §5.2). On
 * success the step to store in its place is returned. Every refusal counts towards the lockout (the caller).
 */
export function checkTotp(secret: string, raw: string, lastStep: number | null, now = new Date()): TotpCheck {
  const token = normaliseTotpCode(raw);
  if (!token) return { ok: false, reason: 'format' };
  const options = {
    secret,
    token,
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: WINDOW_STEPS * TOTP_PERIOD_SECONDS,
  } as const;
  // otplib throws when afterTimeStep lies beyond the window (a clock set back since the last log-in);
  // every step it could match is then already used.
  const afterTimeStep = lastStep ?? undefined;
  if (afterTimeStep !== undefined && afterTimeStep >= totpStep(now) + WINDOW_STEPS) {
    return verifySync(options).valid ? { ok: false, reason: 'replayed' } : { ok: false, reason: 'wrong' };
  }
  const fresh = verifySync({ ...options, afterTimeStep });
  // The functional API types its result for HOTP too; a TOTP match always carries its step.
  if (fresh.valid && 'timeStep' in fresh) return { ok: true, step: fresh.timeStep };
  // Told apart only for the audit row: to the officer both are "wrong code".
  if (afterTimeStep !== undefined && verifySync(options).valid) return { ok: false, reason: 'replayed' };
  return { ok: false, reason: 'wrong' };
}

/** checkTotp with the secret as stored. */
export function verifyTotp(sealedSecret: string, raw: string, lastStep: number | null, now = new Date()): TotpCheck {
  return checkTotp(unsealTotpSecret(sealedSecret), raw, lastStep, now);
}

import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The single-use link of Lupa Katalaluan (requirements §5): 32 random bytes, base64url (43 characters) in the link,
 * only their SHA-256 in the database. A fast hash is enough here — unlike a password, 256 random bits
 * cannot be guessed from the hash — and it lets the link be found with one indexed lookup.
 */
export const RECOVERY_LINK_MINUTES = 30;
export const RECOVERY_LINK_PATH = '/lupa-katalaluan';
/** Where the link lands once it has been exchanged for a cookie: the token leaves the address bar. */
export const RECOVERY_SET_PATH = `${RECOVERY_LINK_PATH}/tetapkan`;
export const RECOVERY_DONE_PATH = `${RECOVERY_LINK_PATH}/selesai`;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newRecoveryToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRecoveryToken(token) };
}

export function hashRecoveryToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a path segment could be one of our tokens at all: anything else is refused without a lookup. */
export function isRecoveryTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** The link as e-mailed, on the public address (lib/config/app-url.ts). */
export function recoveryLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}${RECOVERY_LINK_PATH}/${token}`;
}

import 'server-only';
import { hashLinkToken, isLinkTokenShape, linkWithToken, newLinkToken } from '@/lib/crypto/link-token';

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

/** Lupa Katalaluan's link token: the one rule of every e-mailed link (lib/crypto/link-token.ts). */
export const newRecoveryToken = newLinkToken;
export const hashRecoveryToken = hashLinkToken;
export const isRecoveryTokenShape = isLinkTokenShape;

/** The link as e-mailed, on the public address (lib/config/app-url.ts). */
export function recoveryLink(base: string, token: string): string {
  return linkWithToken(base, RECOVERY_LINK_PATH, token);
}

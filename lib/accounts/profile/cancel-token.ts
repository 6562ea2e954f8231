import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The old address's link that cancels an e-mail change, or undoes it once made (requirements §10.6): as the
 * Lupa Katalaluan link (lib/accounts/recovery/token.ts), 32 random bytes in base64url in the link and only
 * their SHA-256 in the database — 256 random bits cannot be guessed from the hash, and one indexed lookup
 * finds the link.
 */
export const EMAIL_CANCEL_PATH = '/batal-tukar-emel';
/** How long after the change took effect the old address can still undo it. */
export const EMAIL_UNDO_DAYS = 7;
export const EMAIL_UNDO_MS = EMAIL_UNDO_DAYS * 24 * 3_600_000;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newCancelToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashCancelToken(token) };
}

export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a path segment could be one of our tokens at all: anything else is refused without a query. */
export function isCancelTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

export function emailCancelLink(linkBase: string, token: string): string {
  return `${linkBase.replace(/\/+$/, '')}${EMAIL_CANCEL_PATH}/${token}`;
}

import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The token in every single-use link ECOS e-mails (Lupa Katalaluan, e-mail change confirmation, the old
 * address's cancel link): 32 random bytes, base64url (43 characters) in the link, only their SHA-256 in the
 * database. A fast hash is enough here — unlike a password, 256 random bits cannot be guessed from the hash —
 * and it lets the link be found with one indexed lookup.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a path segment could be one of our tokens at all: anything else is refused without a query. */
export function isLinkTokenShape(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** The link as e-mailed: the public address (lib/config/app-url.ts), the page's path, the token. */
export function linkWithToken(base: string, path: string, token: string): string {
  return `${base.replace(/\/+$/, '')}${path}/${token}`;
}

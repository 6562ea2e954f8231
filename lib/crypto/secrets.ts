import { env } from '@/lib/config/env';

/**
 * Key rotation (docs/operations.md): each secret may name the one it replaced. The first in each list makes
 * everything new; every one still opens what it made, until the old sessions have expired and the old mail has
 * gone out, when the operator removes the previous value.
 */
function withPrevious(current: string, previous: string | undefined): string[] {
  return previous && previous !== current ? [current, previous] : [current];
}

/** Session cookies (Auth.js), and what reads them outside Auth.js. */
export function sessionSecrets(): string[] {
  const { AUTH_SECRET, AUTH_SECRET_PREVIOUS } = env();
  return withPrevious(AUTH_SECRET, AUTH_SECRET_PREVIOUS);
}

/**
 * Data at rest: sealed mail, TOTP secrets, form drafts, and the HMAC of recovery codes. OUTBOX_KEY, or
 * AUTH_SECRET when that is unset, so the previous value follows the same choice.
 */
export function dataSecrets(): string[] {
  const { OUTBOX_KEY, OUTBOX_KEY_PREVIOUS, AUTH_SECRET, AUTH_SECRET_PREVIOUS } = env();
  return OUTBOX_KEY ? withPrevious(OUTBOX_KEY, OUTBOX_KEY_PREVIOUS) : withPrevious(AUTH_SECRET, AUTH_SECRET_PREVIOUS);
}

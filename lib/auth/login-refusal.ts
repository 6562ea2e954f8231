import type { VerifyResult } from './verify-credentials';

/**
 * A refused log-in travels from authorize() to the log-in action as a CredentialsSignin `code` string:
 * the reason, and for a lock, a throttle or a busy hash queue the time that goes into the message. Nothing secret: the same
 * code appears in the redirect of a direct POST to /api/auth/callback/credentials.
 */
export type LoginRefusal =
  | { reason: 'invalid' | 'expired_generated' | 'disabled' | 'terms' | 'unknown' }
  | { reason: 'locked'; lockedUntil: Date | null }
  | { reason: 'throttled' | 'busy'; retryAfterSeconds: number };

export function loginRefusalCode(result: Exclude<VerifyResult, { ok: true }>): string {
  if (result.reason === 'locked') return result.lockedUntil ? `locked.${result.lockedUntil.getTime()}` : 'locked';
  if (result.reason === 'throttled' || result.reason === 'busy') return `${result.reason}.${result.retryAfterSeconds}`;
  return result.reason;
}

export function parseLoginRefusal(code: string | undefined | null): LoginRefusal {
  const [reason, value] = (code ?? '').split('.');
  const number = Number(value);
  switch (reason) {
    case 'invalid':
    case 'expired_generated':
    case 'disabled':
    case 'terms':
      return { reason };
    case 'locked':
      return { reason, lockedUntil: value && Number.isFinite(number) ? new Date(number) : null };
    case 'throttled':
      return { reason, retryAfterSeconds: Number.isFinite(number) && number > 0 ? number : 60 };
    case 'busy':
      return { reason, retryAfterSeconds: Number.isFinite(number) && number > 0 ? number : 2 };
    default:
      return { reason: 'unknown' };
  }
}

import 'server-only';
import { getDb } from '@/db';
import { getSessionState } from '@/db/queries/users';
import { log } from '@/lib/log/logger';
import { checkSession, newSessionClaims, readClaims, type SessionClaims } from './session-policy';
import { applySessionRefresh } from './session-refresh';
import type { AuthenticatedUser } from './verify-credentials';

export type JwtCallbackInput = {
  token: Record<string, unknown>;
  /** Present only at sign-in: what authorize() returned. */
  user?: unknown;
  trigger?: 'signIn' | 'signUp' | 'update';
  /** With trigger 'update': the data given to update(); only a sealed `refresh` proof is read from it. */
  session?: unknown;
};

/**
 * Auth.js's jwt callback, outside auth.ts so tests can run it against the database without Next.js.
 * Returns the token to keep, or null to end the session (Auth.js then clears the cookie).
 */
export async function sessionJwt(
  { token, user, trigger, session }: JwtCallbackInput,
  now = Date.now(),
): Promise<(SessionClaims & { sub: string }) | null> {
  if (user) {
    const signedIn = user as AuthenticatedUser & { remember: boolean };
    // Only our claims: no name or e-mail in the cookie; pages read those from the database.
    return { sub: signedIn.id, ...newSessionClaims(signedIn, signedIn.remember, now) };
  }
  let claims = readClaims(token);
  if (!claims) return null;
  if (trigger === 'update') claims = applySessionRefresh(claims, (session as { refresh?: unknown } | null | undefined)?.refresh, now);
  // Read on every call, by primary key: a password change elsewhere or a lock takes effect at the next
  // request, on every server instance.
  const account = await getSessionState(await getDb(), claims.userId);
  const result = checkSession(claims, account, now);
  if (!result.ok) {
    log.info('auth.session_ended', { reason: result.reason, userId: claims.userId });
    return null;
  }
  return { sub: claims.userId, ...result.claims };
}

import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/db';
import { continueSession, createSession, getSessionCheckState, touchSession } from '@/db/queries/sessions';
import { log } from '@/lib/log/logger';
import { absoluteExpiry, checkSessionAndRow, lastSeenIsStale, newSessionClaims, readClaims, type SessionClaims } from './session-policy';
import type { SessionDevice } from './session-device';
import { applySessionRefresh } from './session-refresh';
import type { AuthenticatedUser } from './verify-credentials';

/**
 * What authorize() in auth.ts returns: the account, the Ingati Katalaluan choice, where the log-in came from, and
 * the session the log-in opened (its row written with the log-in, lib/auth/log-in-statements.ts).
 */
export type SignedInUser = AuthenticatedUser & { remember: boolean; device?: SessionDevice; ip?: string | null; session?: SessionClaims };

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
  const db = await getDb();
  if (user) {
    const signedIn = user as SignedInUser;
    if (signedIn.session) return { sub: signedIn.id, ...signedIn.session };
    // Signed in some other way than verifyCredentials (the tests' shortcut): the session's row is opened here.
    // A fresh random id per log-in: the row it names is what Log Keluar ends.
    const claims: SessionClaims = { ...newSessionClaims(signedIn, signedIn.remember, now), sessionId: randomUUID() };
    await createSession(db, {
      id: claims.sessionId,
      userId: claims.userId,
      at: new Date(now),
      expiresAt: new Date(absoluteExpiry(claims)),
      remember: claims.remember,
      browser: signedIn.device?.browser ?? null,
      os: signedIn.device?.os ?? null,
      ip: signedIn.ip ?? null,
      sessionVersion: claims.sessionVersion,
    });
    // Only our claims: no name or e-mail in the cookie; pages read those from the database.
    return { sub: signedIn.id, ...claims };
  }
  let claims = readClaims(token);
  if (!claims) return null;
  if (trigger === 'update') {
    const refreshed = applySessionRefresh(claims, (session as { refresh?: unknown } | null | undefined)?.refresh, now);
    if (refreshed !== claims) {
      // The new password ended every row, this one's too: the session that set it carries on under a new id,
      // so nothing holding the old one (a copy of the cookie) comes back with it.
      const sessionId = randomUUID();
      if (
        !(await continueSession(
          db,
          claims.userId,
          { fromId: claims.sessionId, toId: sessionId, sessionVersion: refreshed.sessionVersion },
          new Date(now),
        ))
      )
        return ended('ended', claims.userId);
      claims = { ...refreshed, sessionId };
    }
  }
  // One read per call, by primary keys, of the account and this session's row: a password changed elsewhere, a
  // lock or a Log Keluar on this session takes effect at the next request, on every server instance.
  const state = await getSessionCheckState(db, claims.userId, claims.sessionId);
  const result = checkSessionAndRow(claims, state, now);
  if (!result.ok) return ended(result.reason, claims.userId);
  if (state?.session && lastSeenIsStale(state.session, now)) await touchSession(db, claims.sessionId, new Date(now));
  return { sub: claims.userId, ...result.claims };
}

function ended(reason: string, userId: string): null {
  log.info('auth.session_ended', { reason, userId });
  return null;
}

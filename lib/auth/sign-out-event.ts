import 'server-only';
import { getDb } from '@/db';
import { endSessionsAtVersion, getSessionState } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit/record';
import { checkSession, readClaims } from './session-policy';

export type SignOutOutcome = 'ended' | 'already_ended' | 'not_a_session';

/**
 * Auth.js's signOut event (auth.ts): every sign-out, including a direct POST /api/auth/signout, ends the
 * session on the server as Log Keluar does. Clearing the cookie alone would leave a copied token usable
 * until it expires, because a JWT cannot be revoked by itself; moving the session version on can.
 *
 * Only a token that is still a live session ends anything: one already ended (Log Keluar and Tidak Setuju
 * move the version on themselves before they call signOut()), idle, expired, or not ours changes nothing and
 * writes no second audit row, so a stale copy cannot be used to sign the user out on other devices either.
 */
export async function endSessionOnSignOut(
  { token, ip }: { token: Record<string, unknown> | null | undefined; ip: string | null },
  now = Date.now(),
): Promise<SignOutOutcome> {
  const claims = readClaims(token);
  if (!claims) return 'not_a_session';
  const db = await getDb();
  return db.transaction(async (tx) => {
    const check = checkSession(claims, await getSessionState(tx, claims.userId), now);
    if (!check.ok) return 'already_ended';
    // Compared with the token's version in the update itself: two sign-outs racing end the sessions once.
    if (!(await endSessionsAtVersion(tx, claims.userId, claims.sessionVersion))) return 'already_ended';
    await recordAudit(tx, {
      action: 'auth.logout',
      actorUserId: claims.userId,
      targetUserId: claims.userId,
      ip,
      details: { via: 'signout' },
    });
    return 'ended';
  });
}

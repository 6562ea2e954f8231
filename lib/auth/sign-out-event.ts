import 'server-only';
import { getDb } from '@/db';
import { getSessionCheckState, revokeSession } from '@/db/queries/sessions';
import { recordAudit } from '@/lib/audit/record';
import { checkSessionAndRow, readClaims } from './session-policy';

export type SignOutOutcome = 'ended' | 'already_ended' | 'not_a_session';

/**
 * Auth.js's signOut event (auth.ts): every sign-out, including a direct POST /api/auth/signout, ends the
 * session on the server as Log Keluar does. Clearing the cookie alone would leave a copied token usable
 * until it expires, because a JWT cannot be revoked by itself; ending its row in user_sessions can. Only this
 * session ends: the user's other devices stay signed in.
 *
 * Only a token that is still a live session ends anything: one already ended (Log Keluar ends its row, Tidak
 * Setuju moves the version on, before they call signOut()), idle, expired, or not ours changes nothing and
 * writes no second audit row.
 */
export async function endSessionOnSignOut(
  { token, ip }: { token: Record<string, unknown> | null | undefined; ip: string | null },
  now = Date.now(),
): Promise<SignOutOutcome> {
  const claims = readClaims(token);
  if (!claims) return 'not_a_session';
  const db = await getDb();
  return db.transaction(async (tx) => {
    const check = checkSessionAndRow(claims, await getSessionCheckState(tx, claims.userId, claims.sessionId), now);
    if (!check.ok) return 'already_ended';
    // Only while the row is still open, in the update itself: two sign-outs racing end the session once.
    if (!(await revokeSession(tx, claims.userId, claims.sessionId, new Date(now)))) return 'already_ended';
    await recordAudit(tx, {
      action: 'auth.logout',
      actorUserId: claims.userId,
      targetUserId: claims.userId,
      ip,
      details: { via: 'signout', sessionId: claims.sessionId },
    });
    return 'ended';
  });
}

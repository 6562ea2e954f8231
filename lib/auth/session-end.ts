import 'server-only';
import { getDb } from '@/db';
import { revokeAllSessions, revokeSession } from '@/db/queries/sessions';
import { endSessions } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit/record';

/**
 * Log Keluar: ends this session only, on the server (its row), so no copy of the token — one re-issued by a
 * request still in flight, or kept elsewhere — is accepted again. The user's other devices stay signed in.
 * Audited once: the signOut event that follows finds the row ended and adds nothing.
 */
export async function endThisSession({
  userId,
  sessionId,
  ip,
  now = new Date(),
}: {
  userId: string;
  sessionId: string;
  ip: string | null;
  now?: Date;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await revokeSession(tx, userId, sessionId, now))) return false;
    await recordAudit(tx, { action: 'auth.logout', actorUserId: userId, targetUserId: userId, ip, details: { sessionId } });
    return true;
  });
}

/**
 * "Log keluar dari semua peranti" (Maklumat Pengguna): every row ends, and the session version moves on as well,
 * so a token that has no row (one from before per-session ids, or one whose row failed to write) dies too.
 * Returns how many sessions were open, this one included.
 */
export async function endAllSessions({ userId, ip, now = new Date() }: { userId: string; ip: string | null; now?: Date }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, userId, now);
    await endSessions(tx, userId);
    await recordAudit(tx, { action: 'auth.logout_all', actorUserId: userId, targetUserId: userId, ip, details: { sessions: ended } });
    return ended;
  });
}

'use server';

import { signOut } from '@/auth';
import { getDb } from '@/db';
import { endSessions } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit/record';
import { optionalUser } from '@/lib/auth/guards';
import { requestContext } from './request-context';

/**
 * Log Keluar: ends the session (the cookie goes) and says so on the home page. The session version moves
 * on as well, so no copy of the token — one re-issued by a request still in flight, or kept elsewhere —
 * is accepted again. That ends the user's sessions on other devices too: a deliberate choice for an
 * official portal, where Log Keluar should leave nothing signed in behind.
 */
export async function logOutAction(): Promise<void> {
  const user = await optionalUser();
  if (user) {
    const { ip } = await requestContext();
    const db = await getDb();
    await db.transaction(async (tx) => {
      await endSessions(tx, user.id);
      await recordAudit(tx, { action: 'auth.logout', actorUserId: user.id, targetUserId: user.id, ip });
    });
  }
  await signOut({ redirectTo: '/?keluar=keluar' });
}

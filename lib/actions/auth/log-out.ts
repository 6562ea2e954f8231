'use server';

import { signOut } from '@/auth';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/record';
import { optionalUser } from '@/lib/auth/guards';
import { requestContext } from './request-context';

/** Log Keluar: ends the session (the cookie goes) and says so on the home page. */
export async function logOutAction(): Promise<void> {
  const user = await optionalUser();
  if (user) {
    const { ip } = await requestContext();
    await recordAudit(await getDb(), { action: 'auth.logout', actorUserId: user.id, targetUserId: user.id, ip });
  }
  await signOut({ redirectTo: '/?keluar=keluar' });
}

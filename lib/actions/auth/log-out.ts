'use server';

import { signOut } from '@/auth';
import { optionalUser } from '@/lib/auth/guards';
import { endThisSession } from '@/lib/auth/session-end';
import { requestContext } from './request-context';

/**
 * Log Keluar: ends this session (its row on the server, then the cookie) and says so on the home page. The
 * user's sessions on other devices carry on; Maklumat Pengguna has "Log keluar dari semua peranti" for those.
 */
export async function logOutAction(): Promise<void> {
  const user = await optionalUser();
  if (user) {
    const { ip } = await requestContext();
    await endThisSession({ userId: user.id, sessionId: user.sessionId, ip });
  }
  await signOut({ redirectTo: '/?keluar=keluar' });
}

'use server';

import { signOut } from '@/auth';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { endAllSessions } from '@/lib/auth/session-end';
import { requestContext } from './request-context';

/** "Log keluar dari semua peranti" at Maklumat Pengguna: every session of the user ends, this one too. */
export async function logOutEverywhereAction(): Promise<void> {
  const user = await requireCompletedSteps();
  const { ip } = await requestContext();
  await endAllSessions({ userId: user.id, ip });
  await signOut({ redirectTo: '/?keluar=semua' });
}

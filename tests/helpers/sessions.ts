import { randomUUID } from 'node:crypto';
import type { Db } from '@/db';
import { createSession, markSessionSecondFactor } from '@/db/queries/sessions';

/**
 * A signed-in session as a log-in leaves it: its row in user_sessions (an hour to run), and, with
 * `secondFactor`, the second factor proven on it as /admin/dua-faktor records it. Returns the session id, which
 * a test puts in the SessionUser it signs in with; `sessionVersion`, the account's (0 for a new one). Tests that call actions directly need the row: the admin
 * guard reads the second factor from it, and Log Keluar ends it.
 */
export async function openSession(
  db: Db,
  userId: string,
  { secondFactor = false, at = new Date(), sessionVersion = 0 } = {},
): Promise<string> {
  const id = randomUUID();
  await createSession(db, {
    id,
    userId,
    at,
    expiresAt: new Date(at.getTime() + 3_600_000),
    remember: false,
    browser: null,
    os: null,
    ip: null,
    sessionVersion,
  });
  if (secondFactor) await markSessionSecondFactor(db, userId, id, at);
  return id;
}

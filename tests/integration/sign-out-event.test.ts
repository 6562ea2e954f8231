/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, users } from '@/db/schema';
import { endSessions } from '@/db/queries/users';
import { sessionJwt } from '@/lib/auth/jwt-callback';
import { SESSION_LIMITS } from '@/lib/auth/session-policy';
import { endSessionOnSignOut } from '@/lib/auth/sign-out-event';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
const IP = '203.0.113.51';

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

const version = async (id: string) => (await t.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0].v;
const logouts = (id: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, 'auth.logout')));

/** The token Auth.js would decode from the cookie: what the jwt callback stored at sign-in. */
async function signedIn(now = Date.now()) {
  const user = await createUser(t.db, { pendingSteps: [] });
  const token = await sessionJwt(
    { token: {}, user: { id: user.id, userType: 'individu', role: 'user', pendingSteps: [], sessionVersion: 1, remember: false } },
    now,
  );
  return { user, token: token as unknown as Record<string, unknown> };
}

/** The same account logged in on another device: its own session row. */
async function signInAgain(userId: string) {
  const token = await sessionJwt({
    token: {},
    user: { id: userId, userType: 'individu', role: 'user', pendingSteps: [], sessionVersion: 1, remember: false },
  });
  return token as unknown as Record<string, unknown>;
}

test('POST /api/auth/signout ends this session on the server (its row), audited, and a copy of the cookie is refused', async () => {
  const { user, token } = await signedIn();
  const otherDevice = await signInAgain(user.id);
  expect(await sessionJwt({ token })).not.toBeNull();

  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('ended');
  expect(await logouts(user.id)).toEqual([
    expect.objectContaining({ actorUserId: user.id, ip: IP, details: { via: 'signout', sessionId: token.sessionId } }),
  ]);
  expect(await sessionJwt({ token })).toBeNull();
  // Only this session: the version stays, and the other device carries on.
  expect(await version(user.id)).toBe(1);
  expect(await sessionJwt({ token: otherDevice })).not.toBeNull();
});

test('a second sign-out with the same token changes nothing and writes no second audit row', async () => {
  const { user, token } = await signedIn();
  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('ended');
  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('already_ended');
  expect(await logouts(user.id)).toHaveLength(1);
});

test('after Log Keluar or Tidak Setuju (the version already moved), the signOut() they call adds nothing', async () => {
  const { user, token } = await signedIn();
  await endSessions(t.db, user.id);
  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('already_ended');
  expect(await version(user.id)).toBe(2);
  expect(await logouts(user.id)).toEqual([]);
});

test('an idle copy cannot be used to sign the user out of their live sessions', async () => {
  const start = Date.now() - SESSION_LIMITS.idleMs - 60_000;
  const { user, token } = await signedIn(start);
  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('already_ended');
  expect(await version(user.id)).toBe(1);
});

test.each([[null], [{}], [{ sub: 'x', userId: 'x' }]])('a token that is not one of ours (%j) is ignored', async (token) => {
  expect(await endSessionOnSignOut({ token, ip: IP })).toBe('not_a_session');
});

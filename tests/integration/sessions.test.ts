/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, termsConsents, termsVersions, userSessions, users } from '@/db/schema';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { listOpenSessions } from '@/db/queries/sessions';
import { endSessions } from '@/db/queries/users';
import { changePassword } from '@/lib/accounts/change-password';
import { sessionJwt } from '@/lib/auth/jwt-callback';
import { endAllSessions, endThisSession } from '@/lib/auth/session-end';
import { sessionDevice } from '@/lib/auth/session-device';
import { SESSION_LIMITS } from '@/lib/auth/session-policy';
import { sessionRefreshProof } from '@/lib/auth/session-refresh';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { kickOutbox } from '@/lib/mail/outbox';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * Issue 9 item 18: each log-in is its own session (a row in user_sessions, its id in the JWT). Log Keluar ends
 * that one only; "Log keluar dari semua peranti" and a new password end them all.
 */
let t: TestDatabase;
let ipSerial = 0;
const nextIp = () => `198.51.100.${(ipSerial += 1)}`;
const PHONE = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0';
const PASSWORD = 'Lama2026x';

beforeAll(async () => {
  t = await freshDatabase();
});
afterEach(() => kickOutbox());
afterAll(() => t.close());

type Token = Record<string, unknown> & { sessionId: string };

/** A log-in as auth.ts makes it: verifyCredentials, then the jwt callback with what authorize() returned. */
async function logIn(user: { loginId: string }, userAgent: string, ip: string, { remember = false, now = Date.now() } = {}) {
  const login = await verifyCredentials({ loginId: user.loginId, password: PASSWORD, ip });
  if (!login.ok) throw new Error(login.reason);
  const token = await sessionJwt(
    { token: {}, user: { ...login.user, remember, device: sessionDevice(userAgent), ip }, trigger: 'signIn' },
    now,
  );
  return token as unknown as Token;
}

/** Past the first log-in: the current terms accepted, so LOG MASUK asks for no step. */
async function activeUser() {
  const user = await createUser(t.db, { pendingSteps: [], status: 'active', passwordIsGenerated: false, password: PASSWORD });
  await t.db.insert(termsVersions).values({ version: CURRENT_TERMS_VERSION }).onConflictDoNothing();
  await t.db.insert(termsConsents).values({ userId: user.id, termsVersion: CURRENT_TERMS_VERSION });
  return user;
}
const row = async (id: string) => (await t.db.select().from(userSessions).where(eq(userSessions.id, id)))[0];
const version = async (id: string) => (await t.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0].v;
const audits = (id: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, action)));
const open = (userId: string, now = new Date()) => listOpenSessions(t.db, userId, now, new Date(now.getTime() - SESSION_LIMITS.idleMs));

test('each log-in gets its own random session id and row: device summarised, address, times', async () => {
  const user = await activeUser();
  const phone = await logIn(user, PHONE, '203.0.113.10', { remember: true });
  const desktop = await logIn(user, DESKTOP, '203.0.113.11');
  expect(phone.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  expect(desktop.sessionId).not.toBe(phone.sessionId);

  expect(await row(phone.sessionId)).toMatchObject({
    userId: user.id,
    browser: 'Chrome',
    os: 'Android',
    ip: '203.0.113.10',
    remember: true,
    revokedAt: null,
  });
  // The user agent itself is not kept.
  expect(JSON.stringify(await row(desktop.sessionId))).not.toContain('Mozilla');
  expect((await open(user.id)).map((s) => [s.browser, s.os])).toEqual(
    expect.arrayContaining([
      ['Chrome', 'Android'],
      ['Edge', 'Windows'],
    ]),
  );
  expect(await sessionJwt({ token: phone })).toMatchObject({ sessionId: phone.sessionId });
});

test('Log Keluar ends this session only: no copy of its token, not even one re-issued by a late request, comes back; the other device carries on', async () => {
  const user = await activeUser();
  const phone = await logIn(user, PHONE, nextIp());
  const desktop = await logIn(user, DESKTOP, nextIp());
  const reissued = (await sessionJwt({ token: desktop }))!;

  expect(await endThisSession({ userId: user.id, sessionId: desktop.sessionId, ip: '203.0.113.20' })).toBe(true);
  expect(await sessionJwt({ token: desktop })).toBeNull();
  expect(await sessionJwt({ token: reissued as unknown as Token })).toBeNull();
  expect(await sessionJwt({ token: phone })).not.toBeNull();
  expect(await version(user.id)).toBe(1);
  expect((await open(user.id)).map((s) => s.id)).toEqual([phone.sessionId]);
  expect(await audits(user.id, 'auth.logout')).toEqual([
    expect.objectContaining({ actorUserId: user.id, ip: '203.0.113.20', details: { sessionId: desktop.sessionId } }),
  ]);
  // Twice (the signOut event after the action), or with another user's id: nothing more.
  expect(await endThisSession({ userId: user.id, sessionId: desktop.sessionId, ip: null })).toBe(false);
  const other = await activeUser();
  expect(await endThisSession({ userId: other.id, sessionId: phone.sessionId, ip: null })).toBe(false);
  expect(await sessionJwt({ token: phone })).not.toBeNull();
  expect(await audits(user.id, 'auth.logout')).toHaveLength(1);
});

test('"Log keluar dari semua peranti" ends every session and moves the version on, audited', async () => {
  const user = await activeUser();
  const phone = await logIn(user, PHONE, nextIp());
  const desktop = await logIn(user, DESKTOP, nextIp());
  expect(await endAllSessions({ userId: user.id, ip: '203.0.113.30' })).toBe(2);
  expect(await sessionJwt({ token: phone })).toBeNull();
  expect(await sessionJwt({ token: desktop })).toBeNull();
  expect(await version(user.id)).toBe(2);
  expect(await open(user.id)).toEqual([]);
  expect(await audits(user.id, 'auth.logout_all')).toEqual([
    expect.objectContaining({ actorUserId: user.id, ip: '203.0.113.30', details: { sessions: 2 } }),
  ]);
  // A new log-in works as before.
  expect(await sessionJwt({ token: await logIn(user, PHONE, nextIp()) })).not.toBeNull();
});

test('a new password ends every session; the one that set it carries on under a new id, the old id is refused', async () => {
  const user = await activeUser();
  const phone = await logIn(user, PHONE, nextIp());
  const desktop = await logIn(user, DESKTOP, '203.0.113.40');
  const result = await changePassword({
    userId: user.id,
    currentPassword: PASSWORD,
    password: 'Baru2026x',
    confirm: 'Baru2026x',
    ip: nextIp(),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));

  expect(await sessionJwt({ token: phone })).toBeNull();
  expect(await open(user.id)).toEqual([]);
  const kept = (await sessionJwt({
    token: desktop,
    trigger: 'update',
    session: { refresh: sessionRefreshProof(user.id, result.previousSessionVersion, result.sessionVersion) },
  })) as unknown as Token;
  expect(kept).toMatchObject({ sessionVersion: result.sessionVersion });
  expect(kept.sessionId).not.toBe(desktop.sessionId);
  expect(await sessionJwt({ token: kept })).not.toBeNull();
  // Same device, address and log-in time as before.
  const before = await row(desktop.sessionId);
  expect(await row(kept.sessionId)).toMatchObject({
    browser: 'Edge',
    os: 'Windows',
    ip: '203.0.113.40',
    createdAt: before.createdAt,
    revokedAt: null,
  });
  expect((await open(user.id)).map((s) => s.id)).toEqual([kept.sessionId]);
  // The old token with its new version (a proof replayed on a copy) has no live row.
  expect(await sessionJwt({ token: { ...desktop, sessionVersion: result.sessionVersion } })).toBeNull();
});

test('last seen is written at most once a minute, not at every request', async () => {
  const user = await activeUser();
  const start = Date.now();
  const token = await logIn(user, PHONE, nextIp(), { now: start });
  const seen = async () => (await row(token.sessionId)).lastSeenAt.getTime();

  await sessionJwt({ token }, start + 30_000);
  expect(await seen()).toBe(start);
  await sessionJwt({ token }, start + 61_000);
  expect(await seen()).toBe(start + 61_000);
});

test('the list leaves out sessions ended, idle or past their end; rows past their end go at the next log-in', async () => {
  const user = await activeUser();
  const now = Date.now();
  const idle = await logIn(user, PHONE, nextIp(), { now: now - SESSION_LIMITS.idleMs - 60_000 });
  const remembered = await logIn(user, PHONE, nextIp(), { remember: true, now: now - SESSION_LIMITS.idleMs - 60_000 });
  const expired = await logIn(user, DESKTOP, nextIp(), { now: now - SESSION_LIMITS.absoluteMs - 60_000 });
  const ended = await logIn(user, DESKTOP, nextIp(), { now });
  await endThisSession({ userId: user.id, sessionId: ended.sessionId, ip: null });
  expect((await open(user.id, new Date(now))).map((s) => s.id)).toEqual([remembered.sessionId]);
  expect(await row(idle.sessionId)).toBeDefined();

  await logIn(user, DESKTOP, nextIp(), { now });
  expect(await row(expired.sessionId)).toBeUndefined();
  expect(await row(idle.sessionId)).toBeDefined();
});

test('a way out that moves the version on without ending rows (Tidak Setuju, an e-mail change undone) drops them from the list too', async () => {
  const user = await activeUser();
  await logIn(user, PHONE, nextIp());
  expect(await open(user.id)).toHaveLength(1);
  await endSessions(t.db, user.id);
  expect(await open(user.id)).toEqual([]);
});

test('a token whose session id has no row is refused', async () => {
  const user = await activeUser();
  const token = await logIn(user, PHONE, nextIp());
  expect(await sessionJwt({ token: { ...token, sessionId: '0b6f2c1e-4a8d-4c55-9a43-1f0e2d3c4b5a' } })).toBeNull();
  // Nor does another user's row open this account.
  const other = await activeUser();
  const theirs = await logIn(other, PHONE, nextIp());
  expect(await sessionJwt({ token: { ...token, sessionId: theirs.sessionId } })).toBeNull();
});

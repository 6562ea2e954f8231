/** @jest-environment node */
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, emailOutbox, loginThrottles, termsConsents, termsVersions, users, userSessions } from '@/db/schema';
import { absoluteExpiry } from '@/lib/auth/session-policy';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { listDevMailbox } from '@/lib/mail/dev-mailbox';
import { kickOutbox } from '@/lib/mail/outbox';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

const MIN = 60_000;
let t: TestDatabase;
let ipSerial = 0;
/** Each test its own client address, so the per-address throttle of one test does not touch another. */
const nextIp = () => `198.51.100.${(ipSerial += 1)}`;

beforeAll(async () => {
  t = await freshDatabase();
});
afterEach(() => kickOutbox());
afterAll(() => t.close());

const lockAudits = async (userId: string) => {
  const rows = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.lock'), eq(auditLog.targetUserId, userId)));
  return rows[0].n;
};
const outboxCount = async (template: string) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(eq(emailOutbox.template, template))
  )[0].n;

test('the right password logs in, with the id typed with dashes and spaces in any case', async () => {
  const user = await createUser(t.db, { loginId: 'ST01234', idType: 'staff', userType: 'kakitangan', email: 'aisyah@st.gov.my' });
  const ip = nextIp();
  const now = new Date();
  const result = await verifyCredentials({ loginId: ' st-01 234 ', password: user.password, ip, now });
  expect(result).toEqual({
    ok: true,
    user: {
      id: user.id,
      userType: 'kakitangan',
      role: 'user',
      name: 'ALI BIN ABU',
      pendingSteps: ['terms', 'password', 'security_question'],
      sessionVersion: 1,
    },
  });
  const [row] = await t.db.select({ at: users.lastLoginAt, ip: users.lastLoginIp }).from(users).where(eq(users.id, user.id));
  expect(row).toEqual({ at: now, ip });
  const audits = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.targetUserId, user.id)));
  expect(audits).toHaveLength(1);
  expect(audits[0].ip).toBe(ip);
});

test('a wrong password and an unknown id get the same answer', async () => {
  const user = await createUser(t.db);
  const ip = nextIp();
  expect(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip })).toEqual({ ok: false, reason: 'invalid' });
  expect(await verifyCredentials({ loginId: '991231999999', password: 'Salah1234', ip })).toEqual({ ok: false, reason: 'invalid' });
  expect(await verifyCredentials({ loginId: '', password: '', ip })).toEqual({ ok: false, reason: 'invalid' });
});

test('an unknown id costs an Argon2 verify like a known one', async () => {
  const user = await createUser(t.db);
  const time = async (loginId: string) => {
    const started = performance.now();
    await verifyCredentials({ loginId, password: 'Salah1234', ip: nextIp() });
    return performance.now() - started;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    known.push(await time(user.loginId));
    unknown.push(await time(`88010110${String(i).padStart(4, '0')}`));
  }
  // Loose bound (two shared cores): without the dummy verify the unknown id would take a few milliseconds
  // against tens for the known one.
  expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) * 0.4);
});

test('5 failures lock for 15 minutes: the 6th try, even with the right password, is refused until then', async () => {
  const user = await createUser(t.db);
  const ip = nextIp();
  const t0 = new Date('2026-11-24T02:00:00Z');
  const attempt = (password: string, now: Date) => verifyCredentials({ loginId: user.loginId, password, ip, now });
  for (let i = 0; i < 4; i += 1) expect(await attempt('Salah1234', t0)).toEqual({ ok: false, reason: 'invalid' });
  const lockedUntil = new Date(t0.getTime() + 15 * MIN);
  expect(await attempt('Salah1234', t0)).toEqual({ ok: false, reason: 'locked', lockedUntil });
  expect(await attempt(user.password, new Date(t0.getTime() + 14 * MIN))).toEqual({ ok: false, reason: 'locked', lockedUntil });
  expect(await lockAudits(user.id)).toBe(1);

  // After the lock: the right password works, and the next lock (soon after) lasts twice as long.
  const later = new Date(t0.getTime() + 15 * MIN);
  expect((await attempt(user.password, later)).ok).toBe(true);
  for (let i = 0; i < 4; i += 1) await attempt('Salah1234', later);
  expect(await attempt('Salah1234', later)).toEqual({ ok: false, reason: 'locked', lockedUntil: new Date(later.getTime() + 30 * MIN) });
  expect(await lockAudits(user.id)).toBe(2);
});

test('one notice e-mail per lock goes to the owner through the outbox', async () => {
  const before = await outboxCount('account-locked');
  const user = await createUser(t.db);
  const ip = nextIp();
  await Promise.all(Array.from({ length: 9 }, () => verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip })));
  expect(await outboxCount('account-locked')).toBe(before + 1);
  const [throttle] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
  // Some of the nine may have met the lock already; none was lost and only one lock started.
  expect(throttle.lockCount).toBe(1);
  expect(throttle.failures).toBeLessThanOrEqual(4);

  await kickOutbox();
  const mails = (await listDevMailbox({ limit: 500 })).filter((m) => m.to === user.email);
  expect(mails).toHaveLength(1);
  expect(mails[0].subject).toBe('Akaun ECOS anda dikunci sementara / Your ECOS account is locked for now');
  // The id is masked and the end of the lock is in Malaysia time.
  expect(mails[0].text).toContain('700101-**-**');
  expect(mails[0].text).not.toContain(user.loginId);
  expect(mails[0].text).toMatch(/selepas \d\d\/\d\d\/\d{4} \d\d:\d\d \(waktu Malaysia\)/);
});

test('a success resets the count of consecutive failures', async () => {
  const user = await createUser(t.db);
  const ip = nextIp();
  for (let i = 0; i < 4; i += 1) await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip });
  expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip })).ok).toBe(true);
  for (let i = 0; i < 4; i += 1) {
    expect(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip })).toEqual({ ok: false, reason: 'invalid' });
  }
});

test('an id nobody holds is locked the same way, so the lock reveals nothing; no e-mail, no audit', async () => {
  const ip = nextIp();
  const before = await outboxCount('account-locked');
  const ghost = '650505105555';
  const results = [];
  for (let i = 0; i < 6; i += 1) results.push(await verifyCredentials({ loginId: ghost, password: 'Salah1234', ip }));
  expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked', 'locked']);
  expect(await outboxCount('account-locked')).toBe(before);
});

test('a generated password past its expiry no longer logs in; a wrong one still says only "invalid"', async () => {
  const user = await createUser(t.db, { generatedPasswordExpiresAt: new Date(Date.now() - MIN) });
  const ip = nextIp();
  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip })).toEqual({
    ok: false,
    reason: 'expired_generated',
  });
  expect(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip })).toEqual({ ok: false, reason: 'invalid' });
});

test('a chosen password does not expire', async () => {
  const user = await createUser(t.db, { passwordIsGenerated: false, generatedPasswordExpiresAt: null, status: 'active', pendingSteps: [] });
  await t.db.insert(termsConsents).values({ userId: user.id, termsVersion: CURRENT_TERMS_VERSION });
  const result = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() });
  expect(result.ok && result.user.pendingSteps).toEqual([]);
});

test('a disabled account is told so only after the right password', async () => {
  const user = await createUser(t.db, { status: 'disabled' });
  const ip = nextIp();
  expect(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip })).toEqual({ ok: false, reason: 'invalid' });
  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip })).toEqual({ ok: false, reason: 'disabled' });
});

test('an account an officer locked stays locked, with no end time', async () => {
  const user = await createUser(t.db, { status: 'locked' });
  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toEqual({
    ok: false,
    reason: 'locked',
    lockedUntil: null,
  });
});

test('a newer terms version than the last consent puts the terms back in front of the user', async () => {
  await t.db.insert(termsVersions).values({ version: '2025-01' }).onConflictDoNothing();
  const user = await createUser(t.db, { passwordIsGenerated: false, status: 'active', pendingSteps: [] });
  await t.db.insert(termsConsents).values({ userId: user.id, termsVersion: '2025-01' });
  const result = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() });
  expect(result.ok && result.user.pendingSteps).toEqual(['terms']);
  const [row] = await t.db.select({ pendingSteps: users.pendingSteps, status: users.status }).from(users).where(eq(users.id, user.id));
  expect(row).toEqual({ pendingSteps: ['terms'], status: 'active' });
});

test('too many attempts from one address are throttled before any password is checked', async () => {
  const ip = nextIp();
  // One fixed moment, so the 21 attempts cannot straddle two one-minute windows.
  const now = new Date();
  const results = [];
  for (let i = 0; i < 21; i += 1) results.push(await verifyCredentials({ loginId: `9${i}`, password: 'x', ip, now }));
  expect(results.slice(0, 20).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
  expect(results[20]).toMatchObject({ ok: false, reason: 'throttled' });
  // Another address is not affected.
  expect(await verifyCredentials({ loginId: '91', password: 'x', ip: nextIp() })).toEqual({ ok: false, reason: 'invalid' });
});

test('a log-in that asks for a session opens its row with the log-in: the device, the address, the end, the claims to match', async () => {
  const user = await createUser(t.db, { loginId: '850101105555' });
  const ip = nextIp();
  const now = new Date();
  const result = await verifyCredentials({
    loginId: '850101105555',
    password: user.password,
    ip,
    now,
    session: { remember: true, device: { browser: 'Firefox', os: 'Linux' } },
  });
  if (!result.ok || !result.session) throw new Error(`no session: ${JSON.stringify(result)}`);
  const claims = result.session;
  expect(claims).toMatchObject({ userId: user.id, issuedAt: now.getTime(), remember: true, sessionVersion: 1 });
  const rows = await t.db.select().from(userSessions).where(eq(userSessions.userId, user.id));
  expect(rows).toEqual([
    expect.objectContaining({
      id: claims.sessionId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(absoluteExpiry(claims)),
      remember: true,
      browser: 'Firefox',
      os: 'Linux',
      ip,
      sessionVersion: 1,
      revokedAt: null,
    }),
  ]);
  // The same statement recorded the log-in: one audit row, the account's last log-in.
  const [account] = await t.db.select({ at: users.lastLoginAt }).from(users).where(eq(users.id, user.id));
  expect(account.at).toEqual(now);
});

test('a wrong password opens no session, and a right one after it clears the run in the statement that records it', async () => {
  const user = await createUser(t.db, { loginId: '850101106666' });
  const ip = nextIp();
  const session = { remember: false };
  expect(await verifyCredentials({ loginId: '850101106666', password: 'Salah123', ip, session })).toEqual({ ok: false, reason: 'invalid' });
  expect(await t.db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toEqual([]);
  const [before] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, '850101106666'));
  expect(before.failures).toBe(1);
  const result = await verifyCredentials({ loginId: '850101106666', password: user.password, ip, session });
  expect(result.ok && result.session?.remember).toBe(false);
  const [after] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, '850101106666'));
  expect(after.failures).toBe(0);
  expect(await t.db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toHaveLength(1);
});

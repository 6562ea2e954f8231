/** @jest-environment node */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, emailOutbox, loginThrottles, recoveryTokens } from '@/db/schema';
import { newRecoveryToken } from '@/lib/accounts/recovery/token';
import { acceptTerms } from '@/lib/accounts/first-login/accept-terms';
import { setPassword } from '@/lib/accounts/first-login/set-password';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { answerRecoveryQuestion } from '@/lib/accounts/recovery/answer-question';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { resetEnv } from '@/lib/config/env';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * Parallel guessing (requirements §10.2, §2.3): an attempt is counted before its password or answer is verified, so a
 * burst of any size gets LOCKOUT_THRESHOLD (5) verifies, one lock and one notice e-mail. "Evaluated" is
 * counted by the audit rows each verified attempt writes (auth.login_failed / auth.login,
 * recovery.answer_wrong / recovery.answer_right). On PostgreSQL the requests really overlap (a pool of
 * connections); on PGlite they interleave on one connection.
 */
let t: TestDatabase;
let serial = 0;
/** Every attempt from its own address, as a botnet would: the per-address throttle is not what stops them. */
const ip = () => `203.0.113.${(serial += 1) % 250}`;

beforeAll(async () => {
  process.env.LOGIN_RATE_PER_MINUTE = '100000';
  process.env.RECOVERY_ANSWERS_PER_DAY = '1000';
  t = await freshDatabase();
});
afterAll(async () => {
  await t.close();
  for (const key of ['LOGIN_RATE_PER_MINUTE', 'RECOVERY_ANSWERS_PER_DAY']) delete process.env[key];
  resetEnv();
});

const count = async (userId: string, actions: string[]) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.targetUserId, userId), inArray(auditLog.action, actions)))
  )[0]!.n;

/** Lock notices queued so far (sealed, and wiped once sent: counted by template). */
async function lockNotices(): Promise<number> {
  return (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(eq(emailOutbox.template, 'account-locked'))
  )[0]!.n;
}

test('100 parallel wrong log-ins for one id: exactly 5 verified, 1 lock, 1 notice; the other 95 are told "locked"', async () => {
  const user = await createUser(t.db);
  const noticesBefore = await lockNotices();
  const results = await Promise.all(
    Array.from({ length: 100 }, (_, i) => verifyCredentials({ loginId: user.loginId, password: `Salah${i}xyz`, ip: ip() })),
  );

  expect(await count(user.id, ['auth.login_failed', 'auth.login'])).toBe(5);
  expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(4);
  expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(96);
  expect(await count(user.id, ['auth.lock'])).toBe(1);
  expect((await lockNotices()) - noticesBefore).toBe(1);
  const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
  expect(row).toMatchObject({ failures: 0, lockCount: 1 });
  expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
});

test('30 wrong and the right password in one burst: at most 5 verified, and the right one gets in only if it was among them', async () => {
  const user = await createUser(t.db);
  const passwords = Array.from({ length: 31 }, (_, i) => (i === 17 ? user.password : `Salah${i}xyz`));
  const results = await Promise.all(passwords.map((password) => verifyCredentials({ loginId: user.loginId, password, ip: ip() })));

  const evaluated = await count(user.id, ['auth.login_failed', 'auth.login']);
  expect(evaluated).toBeLessThanOrEqual(5);
  const loggedIn = results.filter((r) => r.ok).length;
  expect(loggedIn).toBe(await count(user.id, ['auth.login']));
  expect(loggedIn).toBeLessThanOrEqual(1);
});

test('a success clears the count: four failures, the owner logs in, four more failures do not lock', async () => {
  const user = await createUser(t.db);
  for (let i = 0; i < 4; i += 1)
    expect(await verifyCredentials({ loginId: user.loginId, password: `Salah${i}xyz`, ip: ip() })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip: ip() })).ok).toBe(true);
  for (let i = 0; i < 4; i += 1)
    expect(await verifyCredentials({ loginId: user.loginId, password: `Lagi${i}xyz`, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
  expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip: ip() })).ok).toBe(true);
});

test('an attempt lost with its process (counted, never settled) holds others back for a minute only', async () => {
  const user = await createUser(t.db);
  const start = new Date(Date.now() - 5 * 60_000);
  // Five attempts counted whose verifies never finished: the count is at the threshold with no lock.
  await t.db.insert(loginThrottles).values({ loginId: user.loginId, failures: 5, updatedAt: start });
  expect(
    await verifyCredentials({ loginId: user.loginId, password: user.password, ip: ip(), now: new Date(start.getTime() + 30_000) }),
  ).toMatchObject({
    ok: false,
    reason: 'locked',
  });
  expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip: ip() })).ok).toBe(true);
});

test('40 parallel answers on one recovery link: at most 5 verified, one lock', async () => {
  const created = await createUser(t.db);
  await acceptTerms({ userId: created.id, ip: ip(), userAgent: 'jest' });
  await setPassword({ userId: created.id, password: 'Lama2026x', confirm: 'Lama2026x', ip: ip() });
  await setSecurityQuestion({ userId: created.id, input: { question: 'school_name', answer: 'SK Bukit Damansara' }, ip: ip() });
  const { token } = await tokenFor(created.id);

  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) => answerRecoveryQuestion({ token, answer: `salah ${i}`, ip: ip() })),
  );
  expect(await count(created.id, ['recovery.answer_wrong', 'recovery.answer_right'])).toBe(5);
  expect(results.filter((r) => r.ok)).toHaveLength(0);
  expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(36);
  expect(await count(created.id, ['auth.lock'])).toBe(1);
});

/** A usable link for the user, made as the e-mail's is (recovery.test.ts covers the e-mail itself). */
async function tokenFor(userId: string): Promise<{ token: string }> {
  const { token, tokenHash } = newRecoveryToken();
  await t.db.insert(recoveryTokens).values({ userId, tokenHash, expiresAt: new Date(Date.now() + 30 * 60_000) });
  return { token };
}

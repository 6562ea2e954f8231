/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, loginThrottles, recoveryTokens, users } from '@/db/schema';
import { changePassword } from '@/lib/accounts/change-password';
import { acceptTerms } from '@/lib/accounts/first-login/accept-terms';
import { setPassword } from '@/lib/accounts/first-login/set-password';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { findRecoveryLink } from '@/lib/accounts/recovery/open-link';
import { requestRecoveryLink } from '@/lib/accounts/recovery/request-link';
import { sessionJwt } from '@/lib/auth/jwt-callback';
import { sessionRefreshProof } from '@/lib/auth/session-refresh';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, kickOutbox } from '@/lib/mail/outbox';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

const UA = 'Mozilla/5.0 (Ujian)';
let t: TestDatabase;
let fake: FakeResend;
let ipSerial = 0;
const nextIp = () => `198.51.100.${(ipSerial += 1)}`;

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_change_password';
  process.env.RESEND_BASE_URL = fake.url;
  process.env.LOGIN_RATE_PER_MINUTE = '1000';
  t = await freshDatabase();
});
afterAll(async () => {
  await kickOutbox();
  await t.close();
  await fake.close();
  for (const key of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'LOGIN_RATE_PER_MINUTE']) delete process.env[key];
  resetEnv();
});

async function mailTo(address: string, subjectStart: string) {
  await kickOutbox();
  await deliverDueEmails();
  return fake.messages.filter((m) => [m.body.to].flat().includes(address) && m.body.subject.startsWith(subjectStart));
}

/** An account past the first log-in (password Lama2026x), signed in on two devices. */
async function signedInTwice() {
  const user = await createUser(t.db);
  const ip = nextIp();
  await acceptTerms({ userId: user.id, ip, userAgent: UA });
  await setPassword({ userId: user.id, password: 'Lama2026x', confirm: 'Lama2026x', ip });
  await setSecurityQuestion({ userId: user.id, input: { question: 'teacher_name', answer: 'Cikgu Siti' }, ip });
  const signIn = async (remember: boolean) => {
    const login = await verifyCredentials({ loginId: user.loginId, password: 'Lama2026x', ip: nextIp() });
    if (!login.ok) throw new Error(login.reason);
    return (await sessionJwt({ token: {}, user: { ...login.user, remember }, trigger: 'signIn' }))!;
  };
  return { ...user, password: 'Lama2026x', laptop: await signIn(false), phone: await signIn(true) };
}

const change = (userId: string, currentPassword: string, password = 'Baru2026x', confirm = password) =>
  changePassword({ userId, currentPassword, password, confirm, ip: nextIp() });

test('the right current password and a good new one: this session carries on, the other ends, a notice is sent, audited', async () => {
  const user = await signedInTwice();
  const result = await change(user.id, user.password);
  expect(result).toEqual({ ok: true, sessionVersion: 3, previousSessionVersion: 2 });

  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toEqual({
    ok: false,
    reason: 'invalid',
  });
  expect((await verifyCredentials({ loginId: user.loginId, password: 'Baru2026x', ip: nextIp() })).ok).toBe(true);

  // The device that changed it moves to the new version with the sealed proof; the other device is out.
  if (!result.ok) throw new Error('expected success');
  const laptop = await sessionJwt({ token: user.laptop, trigger: 'update', session: { refresh: sessionRefreshProof(user.id, 2, 3) } });
  expect(laptop).toMatchObject({ sessionVersion: 3 });
  expect(await sessionJwt({ token: laptop! })).not.toBeNull();
  expect(await sessionJwt({ token: user.phone })).toBeNull();

  expect(await mailTo(user.email, 'Katalaluan ECOS anda telah ditukar')).toHaveLength(2);
  const audits = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, user.id), eq(auditLog.action, 'auth.password_change')));
  expect(audits.map((a) => a.details)).toEqual([{ firstLogin: true }, { firstLogin: false }]);
});

test('a wrong current password is refused and counted toward the lock, like a wrong password at LOG MASUK', async () => {
  const user = await signedInTwice();
  expect(await change(user.id, 'Salah2026x')).toEqual({ ok: false, reason: 'invalid', fieldErrors: { current: ['wrong'] } });
  const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
  expect(row.failures).toBe(1);
  // Three wrong at LOG MASUK make five in a row: locked, with one notice.
  for (let i = 0; i < 3; i += 1) await verifyCredentials({ loginId: user.loginId, password: `Salah${i}xyz`, ip: nextIp() });
  expect(await change(user.id, 'Salah2026y')).toMatchObject({ ok: false, reason: 'locked', lockedUntil: expect.any(Date) });
  // While locked, even the right current password is not checked.
  expect(await change(user.id, user.password)).toMatchObject({ ok: false, reason: 'locked' });
  expect(await mailTo(user.email, 'Akaun ECOS anda dikunci')).toHaveLength(1);
  expect((await t.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id)))[0].v).toBe(2);
});

test('the new password follows the KATALALUAN BARU policy, and every problem is reported at once', async () => {
  const user = await signedInTwice();
  expect(await change(user.id, '', 'abcD1234', 'abcD1234')).toEqual({
    ok: false,
    reason: 'invalid',
    fieldErrors: { current: ['required'], password: ['common'] },
  });
  expect(await change(user.id, user.password, 'pendek1', 'pendek2')).toEqual({
    ok: false,
    reason: 'invalid',
    fieldErrors: { password: ['upper', 'length'], confirm: ['mismatch'] },
  });
  expect(await change(user.id, user.password, `Ab${user.loginId}`)).toMatchObject({ fieldErrors: { password: ['length', 'noLoginId'] } });
  expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).ok).toBe(true);
});

test('a change of password retires an unused recovery link and clears the failure count', async () => {
  const user = await signedInTwice();
  await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
  const [mail] = await mailTo(user.email, 'Pautan');
  const token = /lupa-katalaluan\/([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? '')![1];
  await change(user.id, 'Salah2026x');
  expect((await change(user.id, user.password)).ok).toBe(true);
  expect(await findRecoveryLink(token)).toBeUndefined();
  expect((await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id)))[0].usedAt).not.toBeNull();
  expect((await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId)))[0].failures).toBe(0);
});

test('an account still owing first-log-in steps cannot use this page', async () => {
  const user = await createUser(t.db);
  expect(await change(user.id, user.password)).toEqual({ ok: false, reason: 'not_allowed' });
});

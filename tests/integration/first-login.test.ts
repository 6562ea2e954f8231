/** @jest-environment node */
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, emailOutbox, securityAnswers, termsConsents, termsVersions, users } from '@/db/schema';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { acceptTerms } from '@/lib/accounts/first-login/accept-terms';
import { declineTerms } from '@/lib/accounts/first-login/decline-terms';
import { setPassword } from '@/lib/accounts/first-login/set-password';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { sessionJwt } from '@/lib/auth/jwt-callback';
import { endSessions } from '@/db/queries/users';
import { checkSession, newSessionClaims, type AccountState } from '@/lib/auth/session-policy';
import { applySessionRefresh, sessionRefreshProof } from '@/lib/auth/session-refresh';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { verifySecret } from '@/lib/crypto/argon';
import { kickOutbox } from '@/lib/mail/outbox';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
const IP = '203.0.113.50';
const UA = 'Mozilla/5.0 (Ujian)';

beforeAll(async () => {
  t = await freshDatabase();
});
afterEach(() => kickOutbox());
afterAll(() => t.close());

const account = async (id: string) => {
  const [row] = await t.db
    .select({
      status: users.status,
      pendingSteps: users.pendingSteps,
      sessionVersion: users.sessionVersion,
      passwordIsGenerated: users.passwordIsGenerated,
      generatedPasswordExpiresAt: users.generatedPasswordExpiresAt,
      passwordHash: users.passwordHash,
      role: users.role,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
};
const audits = (id: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, action)));
const answer = { question: 'school_name' as const, answer: 'SK Bukit Damansara' };

describe('the three steps are done in order, each checked on the server', () => {
  test('a later step is refused while an earlier one is owed, and nothing is written', async () => {
    const user = await createUser(t.db);
    expect(await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip: IP })).toEqual({
      ok: false,
      reason: 'earlier_step_owed',
      owed: 'terms',
    });
    expect(await setSecurityQuestion({ userId: user.id, input: answer, ip: IP })).toEqual({
      ok: false,
      reason: 'earlier_step_owed',
      owed: 'terms',
    });
    expect(await account(user.id)).toMatchObject({
      pendingSteps: ['terms', 'password', 'security_question'],
      sessionVersion: 1,
      passwordIsGenerated: true,
    });

    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
    expect(await setSecurityQuestion({ userId: user.id, input: answer, ip: IP })).toEqual({
      ok: false,
      reason: 'earlier_step_owed',
      owed: 'password',
    });
    expect(await t.db.select().from(securityAnswers).where(eq(securityAnswers.userId, user.id))).toEqual([]);
  });

  test('a step already done is refused as not owed', async () => {
    const user = await createUser(t.db);
    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
    expect(await acceptTerms({ userId: user.id, ip: IP, userAgent: UA })).toEqual({ ok: false, reason: 'not_owed', owed: 'password' });
    expect(await t.db.select().from(termsConsents).where(eq(termsConsents.userId, user.id))).toHaveLength(1);
  });
});

describe('Terma dan Syarat', () => {
  test('Saya Setuju stores the consent with version, time, address and browser, and audits it', async () => {
    const user = await createUser(t.db);
    const now = new Date('2026-11-24T03:00:00Z');
    expect(await acceptTerms({ userId: user.id, ip: IP, userAgent: UA, now })).toEqual({
      ok: true,
      pendingSteps: ['password', 'security_question'],
      status: 'pending',
    });
    const consents = await t.db.select().from(termsConsents).where(eq(termsConsents.userId, user.id));
    expect(consents).toEqual([expect.objectContaining({ termsVersion: CURRENT_TERMS_VERSION, acceptedAt: now, ip: IP, userAgent: UA })]);
    expect(await audits(user.id, 'terms.accept')).toHaveLength(1);
  });

  test('a version published after the migration is recorded on first consent', async () => {
    const user = await createUser(t.db);
    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA, version: '2027-05' });
    expect(await t.db.select().from(termsVersions).where(eq(termsVersions.version, '2027-05'))).toHaveLength(1);
  });

  test('Tidak Setuju stores no consent, only its audit row; the terms stay owed', async () => {
    const user = await createUser(t.db);
    expect(await declineTerms({ userId: user.id, ip: IP })).toEqual({ ok: true });
    expect(await t.db.select().from(termsConsents).where(eq(termsConsents.userId, user.id))).toEqual([]);
    expect(await account(user.id)).toMatchObject({ pendingSteps: ['terms', 'password', 'security_question'], status: 'pending' });
    expect(await audits(user.id, 'terms.decline')).toHaveLength(1);
  });

  test('Tidak Setuju ends the session on the server: a copy of the cookie is refused afterwards', async () => {
    const user = await createUser(t.db);
    const tokenUser = {
      id: user.id,
      userType: 'individu' as const,
      role: 'user' as const,
      pendingSteps: ['terms' as const, 'password' as const, 'security_question' as const],
      sessionVersion: 1,
    };
    const copy = await sessionJwt({ token: {}, user: { ...tokenUser, remember: false } });
    expect(copy).toMatchObject({ sessionVersion: 1 });

    expect(await declineTerms({ userId: user.id, ip: IP })).toEqual({ ok: true });
    expect(await account(user.id)).toMatchObject({ sessionVersion: 2 });
    expect(await sessionJwt({ token: copy! })).toBeNull();
  });

  test('a Tidak Setuju that is refused (terms not owed) leaves the session alone', async () => {
    const user = await createUser(t.db);
    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
    expect(await declineTerms({ userId: user.id, ip: IP })).toEqual({ ok: false, reason: 'not_owed', owed: 'password' });
    expect(await account(user.id)).toMatchObject({ sessionVersion: 1 });
    expect(await audits(user.id, 'terms.decline')).toEqual([]);
  });
});

describe('KATALALUAN BARU', () => {
  async function userOwingPassword(loginId?: string) {
    const user = await createUser(t.db, loginId ? { loginId, idType: 'staff', userType: 'kakitangan' } : {});
    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
    return user;
  }

  test.each([
    ['Tenaga', 'Tenaga', { password: ['digit', 'length'] }],
    ['abcD1234', 'abcD1234', { password: ['common'] }],
    ['Password1', 'Password1', { password: ['common'] }],
    ['Tenaga2026', 'Tenaga2025', { confirm: ['mismatch'] }],
    ['', '', { password: ['required'], confirm: ['required'] }],
  ])('%j / %j is refused with %j', async (password, confirm, fieldErrors) => {
    const user = await userOwingPassword();
    expect(await setPassword({ userId: user.id, password, confirm, ip: IP })).toEqual({ ok: false, reason: 'invalid', fieldErrors });
    expect(await account(user.id)).toMatchObject({ sessionVersion: 1, passwordIsGenerated: true });
  });

  test('the generated password itself is refused', async () => {
    const user = await userOwingPassword();
    const result = await setPassword({ userId: user.id, password: user.password, confirm: user.password, ip: IP });
    expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { password: ['generated'] } });
  });

  test('a password containing the id is refused', async () => {
    const user = await userOwingPassword('ST4455');
    const result = await setPassword({ userId: user.id, password: 'Kuat-st4455', confirm: 'Kuat-st4455', ip: IP });
    expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { password: ['noLoginId'] } });
  });

  test('a good password replaces the generated one, ends other sessions, is audited and e-mailed', async () => {
    const user = await userOwingPassword();
    const before = await account(user.id);
    const mailsBefore = (
      await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(emailOutbox)
        .where(eq(emailOutbox.template, 'password-changed'))
    )[0].n;

    const result = await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip: IP });
    expect(result).toEqual({
      ok: true,
      pendingSteps: ['security_question'],
      status: 'pending',
      sessionVersion: 2,
      previousSessionVersion: 1,
    });

    const after = await account(user.id);
    expect(after).toMatchObject({
      sessionVersion: 2,
      passwordIsGenerated: false,
      generatedPasswordExpiresAt: null,
      pendingSteps: ['security_question'],
    });
    expect(await verifySecret(after.passwordHash, 'Tenaga2026')).toBe(true);
    expect(await verifySecret(after.passwordHash, user.password)).toBe(false);
    expect(before.passwordHash).not.toBe(after.passwordHash);
    expect(await audits(user.id, 'auth.password_change')).toHaveLength(1);
    const mailsAfter = (
      await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(emailOutbox)
        .where(eq(emailOutbox.template, 'password-changed'))
    )[0].n;
    expect(mailsAfter).toBe(mailsBefore + 1);
  });

  test('a session from before the change is rejected; the session that made it carries on', async () => {
    const user = await userOwingPassword();
    const loggedIn = Date.now();
    const tokenUser = {
      id: user.id,
      userType: 'individu' as const,
      role: 'user' as const,
      pendingSteps: ['password' as const, 'security_question' as const],
      sessionVersion: 1,
    };
    const otherDevice = newSessionClaims(tokenUser, true, loggedIn);
    const thisDevice = newSessionClaims(tokenUser, false, loggedIn);

    const result = await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip: IP });
    if (!result.ok) throw new Error('expected the password to be accepted');
    const now = (await account(user.id)) as AccountState;

    // The other device's next request: its version no longer matches.
    expect(checkSession(otherDevice, now, Date.now())).toEqual({ ok: false, reason: 'version' });

    // This device receives the sealed proof from the action and moves to the new version.
    const proof = sessionRefreshProof(user.id, result.previousSessionVersion, result.sessionVersion);
    const refreshed = applySessionRefresh(thisDevice, proof);
    const check = checkSession(refreshed, now, Date.now());
    expect(check.ok && check.claims).toMatchObject({ sessionVersion: 2, pendingSteps: ['security_question'] });

    // The proof cannot revive the other device's session after the fact, nor another user's.
    expect(applySessionRefresh(otherDevice, 'forged')).toBe(otherDevice);
    expect(applySessionRefresh({ ...otherDevice, userId: 'someone-else' }, proof).sessionVersion).toBe(1);
    expect(applySessionRefresh(otherDevice, proof, Date.now() + 120_000)).toBe(otherDevice);
  });
});

test('the jwt callback, reading the database, drops the other session and keeps the one that changed the password', async () => {
  const user = await createUser(t.db);
  await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
  const signIn = async (remember: boolean) => {
    const login = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: '203.0.113.60' });
    if (!login.ok) throw new Error(login.reason);
    return (await sessionJwt({ token: {}, user: { ...login.user, remember }, trigger: 'signIn' }))!;
  };
  const phone = await signIn(true);
  const desktop = await signIn(false);
  expect(phone).toMatchObject({
    sub: user.id,
    userId: user.id,
    sessionVersion: 1,
    pendingSteps: ['password', 'security_question'],
    remember: true,
  });
  // Before the change both sessions pass the callback's check.
  expect(await sessionJwt({ token: phone })).not.toBeNull();

  const result = await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip: IP });
  if (!result.ok) throw new Error('expected the password to be accepted');
  const desktopAfter = await sessionJwt({
    token: desktop,
    trigger: 'update',
    session: { refresh: sessionRefreshProof(user.id, result.previousSessionVersion, result.sessionVersion) },
  });
  expect(desktopAfter).toMatchObject({ sessionVersion: 2, pendingSteps: ['security_question'] });
  expect(await sessionJwt({ token: desktopAfter! })).not.toBeNull();
  expect(await sessionJwt({ token: phone })).toBeNull();
  // Posting a made-up version to the session endpoint (trigger update without a sealed proof) changes nothing.
  expect(await sessionJwt({ token: phone, trigger: 'update', session: { sessionVersion: 2, refresh: 'v1.a.b.c' } })).toBeNull();
});

describe('PERINGATAN KATALALUAN', () => {
  async function userOwingQuestion() {
    const user = await createUser(t.db);
    await acceptTerms({ userId: user.id, ip: IP, userAgent: UA });
    await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip: IP });
    return user;
  }

  test('stores only a hash of the normalised answer and finishes the first log-in', async () => {
    const user = await userOwingQuestion();
    expect(await setSecurityQuestion({ userId: user.id, input: answer, ip: IP })).toEqual({ ok: true, pendingSteps: [], status: 'active' });
    const [row] = await t.db.select().from(securityAnswers).where(eq(securityAnswers.userId, user.id));
    expect(row).toMatchObject({ question: 'school_name', isCustom: false });
    expect(row.answerHash).not.toContain('Bukit');
    expect(await verifySecret(row.answerHash, 'skbukitdamansara')).toBe(true);
    expect(await account(user.id)).toMatchObject({ status: 'active', pendingSteps: [] });
    expect(await audits(user.id, 'auth.security_question_set')).toHaveLength(1);
  });

  test('an own question is stored as written', async () => {
    const user = await userOwingQuestion();
    const result = await setSecurityQuestion({
      userId: user.id,
      input: { question: 'custom', customQuestion: '  Apakah  nama kucing pertama saya? ', answer: 'Comel' },
      ip: IP,
    });
    expect(result.ok).toBe(true);
    const [row] = await t.db.select().from(securityAnswers).where(eq(securityAnswers.userId, user.id));
    expect(row).toMatchObject({ question: 'Apakah nama kucing pertama saya?', isCustom: true });
  });

  test('a missing answer is refused with the field named', async () => {
    const user = await userOwingQuestion();
    expect(await setSecurityQuestion({ userId: user.id, input: { question: 'custom', customQuestion: '', answer: '' }, ip: IP })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { customQuestion: ['required'], answer: ['required'] },
    });
  });
});

test('the whole first log-in, then the next log-in goes straight to the dashboard', async () => {
  const user = await createUser(t.db);
  const ip = '203.0.113.77';
  const first = await verifyCredentials({ loginId: user.loginId, password: user.password, ip });
  expect(first.ok && first.user.pendingSteps).toEqual(['terms', 'password', 'security_question']);
  await acceptTerms({ userId: user.id, ip, userAgent: UA });
  await setPassword({ userId: user.id, password: 'Tenaga2026', confirm: 'Tenaga2026', ip });
  await setSecurityQuestion({ userId: user.id, input: answer, ip });

  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip })).toEqual({ ok: false, reason: 'invalid' });
  const again = await verifyCredentials({ loginId: user.loginId, password: 'Tenaga2026', ip });
  expect(again.ok && again.user).toMatchObject({ pendingSteps: [], sessionVersion: 2 });
});

test('after Log Keluar no copy of the session token is accepted, even one re-issued by a late request', async () => {
  const user = await createUser(t.db);
  const login = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: '203.0.113.61' });
  if (!login.ok) throw new Error(login.reason);
  const token = (await sessionJwt({ token: {}, user: { ...login.user, remember: false }, trigger: 'signIn' }))!;
  const reissued = (await sessionJwt({ token }))!;
  expect(reissued).not.toBeNull();

  await endSessions(t.db, user.id);
  expect(await sessionJwt({ token })).toBeNull();
  expect(await sessionJwt({ token: reissued })).toBeNull();
  // A new log-in works as before.
  const again = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: '203.0.113.61' });
  expect(again.ok).toBe(true);
});

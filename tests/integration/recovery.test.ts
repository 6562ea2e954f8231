/** @jest-environment node */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditLog, emailOutbox, loginThrottles, rateLimits, recoveryTokens, users } from '@/db/schema';
import { acceptTerms } from '@/lib/accounts/first-login/accept-terms';
import { setPassword } from '@/lib/accounts/first-login/set-password';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { answerRecoveryQuestion } from '@/lib/accounts/recovery/answer-question';
import { findRecoveryLink, linkStage, openRecoveryLink } from '@/lib/accounts/recovery/open-link';
import { requestRecoveryLink } from '@/lib/accounts/recovery/request-link';
import { resetPasswordWithLink } from '@/lib/accounts/recovery/reset-password';
import { checkSession, newSessionClaims, type AccountState } from '@/lib/auth/session-policy';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, kickOutbox } from '@/lib/mail/outbox';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

const UA = 'Mozilla/5.0 (Ujian)';
const MIN = 60_000;
const LINK = /http:\/\/ecos\.test\/lupa-katalaluan\/([A-Za-z0-9_-]{43})/;

let t: TestDatabase;
let fake: FakeResend;
let ipSerial = 0;
/** Each test its own client address, so one test's per-address throttle does not touch another. */
const nextIp = () => `198.51.100.${(ipSerial += 1)}`;

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_recovery';
  process.env.RESEND_BASE_URL = fake.url;
  process.env.LOGIN_RATE_PER_MINUTE = '1000';
  process.env.RECOVERY_RATE_PER_HOUR = '1000';
  process.env.APP_URL = 'http://ecos.test';
  t = await freshDatabase();
});
afterAll(async () => {
  await kickOutbox();
  await t.close();
  await fake.close();
  for (const key of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'LOGIN_RATE_PER_MINUTE', 'RECOVERY_RATE_PER_HOUR', 'APP_URL'])
    delete process.env[key];
  resetEnv();
});

/** Everything queued so far, delivered to the fake Resend; then the messages one address received. */
async function mailTo(address: string) {
  await kickOutbox();
  await deliverDueEmails();
  return fake.messages.filter((m) => [m.body.to].flat().includes(address));
}

async function linkFrom(address: string): Promise<string> {
  const mails = (await mailTo(address)).filter((m) => m.body.subject.startsWith('Pautan untuk menetapkan katalaluan'));
  const match = LINK.exec(mails.at(-1)?.body.text ?? '');
  if (!match) throw new Error('no recovery link in the e-mail');
  return match[1];
}

/** An account that finished the first log-in: password Lama2026x, the school question. */
async function activeUser() {
  const user = await createUser(t.db);
  const ip = nextIp();
  await acceptTerms({ userId: user.id, ip, userAgent: UA });
  await setPassword({ userId: user.id, password: 'Lama2026x', confirm: 'Lama2026x', ip });
  await setSecurityQuestion({ userId: user.id, input: { question: 'school_name', answer: 'SK Bukit Damansara' }, ip });
  return { ...user, password: 'Lama2026x' };
}

const account = async (id: string) =>
  (
    await t.db
      .select({
        status: users.status,
        pendingSteps: users.pendingSteps,
        sessionVersion: users.sessionVersion,
        passwordIsGenerated: users.passwordIsGenerated,
      })
      .from(users)
      .where(eq(users.id, id))
  )[0];
const audits = async (id: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, action)));

describe('asking for a link', () => {
  test('a matching id and e-mail (any case, id with dashes) get one e-mail with a 30-minute single-use link; only its hash is stored', async () => {
    const user = await activeUser();
    const now = new Date('2026-03-09T23:10:00Z');
    const typedId = `${user.loginId.slice(0, 6)}-${user.loginId.slice(6, 8)}-${user.loginId.slice(8)}`;
    expect(await requestRecoveryLink({ loginId: typedId, email: ` ${user.email.toUpperCase()} `, ip: nextIp(), now })).toEqual({
      ok: true,
    });

    const mails = (await mailTo(user.email)).filter((m) => m.body.subject.includes('Pautan'));
    expect(mails).toHaveLength(1);
    const { subject, text = '' } = mails[0].body;
    expect(subject).toBe('Pautan untuk menetapkan katalaluan ECOS baru / Link to set a new ECOS password');
    const token = LINK.exec(text)![1];
    // The id masked; the expiry in Malaysia time (23:40 UTC is 07:40 the next morning there).
    expect(text).toContain(`${user.loginId.slice(0, 6)}-**-**${user.loginId.slice(10)}`);
    expect(text).not.toContain(user.loginId);
    expect(text).toContain('10/03/2026 07:40 (waktu Malaysia)');
    expect(text).toContain('10/03/2026 07:40 (Malaysia time)');

    const rows = await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id));
    expect(rows).toEqual([
      expect.objectContaining({
        tokenHash: createHash('sha256').update(token).digest('hex'),
        expiresAt: new Date(now.getTime() + 30 * MIN),
        usedAt: null,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await audits(user.id, 'recovery.request')).toHaveLength(1);
    expect(await audits(user.id, 'recovery.link_sent')).toHaveLength(1);
  });

  test('an unknown id and a wrong e-mail get the same answer, after the same work, and no e-mail', async () => {
    const user = await activeUser();
    const ip = nextIp();
    const queuedBefore = await t.db.select().from(emailOutbox);
    const answers = [
      await requestRecoveryLink({ loginId: '991231149999', email: user.email, ip }),
      await requestRecoveryLink({ loginId: user.loginId, email: 'orang.lain@testemail.com', ip }),
      await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip }),
    ];
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    // The same writes for each: one sealed job, whose template names the job, not the outcome.
    const queued = (await t.db.select().from(emailOutbox)).filter((row) => !queuedBefore.some((b) => b.id === row.id));
    expect(queued.map((row) => row.template)).toEqual(['job:recovery-request', 'job:recovery-request', 'job:recovery-request']);
    for (const row of queued) expect(row.payload).not.toContain(user.email);
    expect((await mailTo(user.email)).filter((m) => m.body.subject.includes('Pautan'))).toHaveLength(1);
    expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id))).toHaveLength(1);
    // Each request, matched or not, counted against the address and the id and audited once.
    const counted = await t.db.select().from(rateLimits).where(eq(rateLimits.key, '991231149999'));
    expect(counted).toEqual([expect.objectContaining({ bucket: 'recovery-id', count: 1 })]);
    const requestAudits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'recovery.request'), eq(auditLog.ip, ip)));
    expect(requestAudits.map((a) => [a.action, a.targetUserId])).toEqual([
      ['recovery.request', null],
      ['recovery.request', user.id],
      ['recovery.request', user.id],
    ]);
    // Only once the outbox has decided is the match written down.
    expect(await audits(user.id, 'recovery.link_sent')).toHaveLength(1);
  });

  test('a disabled account gets no link', async () => {
    const user = await activeUser();
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.id, user.id));
    expect(await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() })).toEqual({ ok: true });
    await deliverDueEmails();
    expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id))).toHaveLength(0);
  });

  test('the link is built on APP_URL, whatever the request looked like', async () => {
    const user = await activeUser();
    process.env.APP_URL = 'https://ecos.st.gov.my';
    resetEnv();
    try {
      await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
      const [mail] = await mailTo(user.email).then((all) => all.filter((m) => m.body.subject.includes('Pautan')));
      expect(mail.body.text).toMatch(/https:\/\/ecos\.st\.gov\.my\/lupa-katalaluan\/[A-Za-z0-9_-]{43}/);
    } finally {
      process.env.APP_URL = 'http://ecos.test';
      resetEnv();
    }
  });

  test('until the link is used, the old password keeps working', async () => {
    const user = await activeUser();
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    await linkFrom(user.email);
    expect((await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).ok).toBe(true);
  });
});

describe('throttling', () => {
  test('per id: the sixth request in an hour is refused, for an id that exists or not, and sends nothing', async () => {
    const user = await activeUser();
    const now = new Date('2026-05-01T01:00:00Z');
    for (const loginId of [user.loginId, '880808088888']) {
      for (let i = 0; i < 5; i += 1) {
        expect(await requestRecoveryLink({ loginId, email: user.email, ip: nextIp(), now })).toEqual({ ok: true });
      }
      const refused = await requestRecoveryLink({ loginId, email: user.email, ip: nextIp(), now });
      expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 3600 });
    }
    await deliverDueEmails({ limit: 100 });
    expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id))).toHaveLength(5);
    // The next hour starts afresh.
    expect(
      await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp(), now: new Date(now.getTime() + 60 * MIN) }),
    ).toEqual({ ok: true });
  });

  test('per client address: beyond RECOVERY_RATE_PER_HOUR requests are refused before any lookup; another address still gets through', async () => {
    const user = await activeUser();
    process.env.RECOVERY_RATE_PER_HOUR = '3';
    resetEnv();
    const ip = nextIp();
    try {
      for (let i = 0; i < 3; i += 1) {
        expect(await requestRecoveryLink({ loginId: `77010100000${i}`, email: 'x@testemail.com', ip })).toEqual({ ok: true });
      }
      const refused = await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip });
      expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
      await deliverDueEmails({ limit: 100 });
      expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id))).toHaveLength(0);
      expect(await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() })).toEqual({ ok: true });
      await deliverDueEmails({ limit: 100 });
      expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id))).toHaveLength(1);
    } finally {
      process.env.RECOVERY_RATE_PER_HOUR = '1000';
      resetEnv();
    }
  });
});

describe('using the link', () => {
  async function userWithLink(now?: Date) {
    const user = await activeUser();
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp(), now });
    return { user, token: await linkFrom(user.email) };
  }

  test('the security question comes first; the password cannot be set before it is answered', async () => {
    const { user, token } = await userWithLink();
    const link = await openRecoveryLink({ token, ip: nextIp() });
    expect(link?.userId).toBe(user.id);
    expect(await linkStage(link!, false)).toEqual({ stage: 'question', question: 'school_name', isCustom: false });
    expect(await resetPasswordWithLink({ token, answered: false, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'question_owed',
    });
    expect(await audits(user.id, 'recovery.link_opened')).toHaveLength(1);
  });

  test('a made-up token finds nothing and is audited as refused; a path that cannot be a token writes nothing', async () => {
    const ip = nextIp();
    expect(await openRecoveryLink({ token: 'A'.repeat(43), ip })).toBeUndefined();
    expect(await openRecoveryLink({ token: '../../etc', ip })).toBeUndefined();
    expect(await openRecoveryLink({ token: 'x'.repeat(5000), ip })).toBeUndefined();
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'recovery.link_refused'), eq(auditLog.ip, ip))),
    ).toHaveLength(1);
  });

  test('the right answer (any case and spacing) and a good password: old password out, new in, every session ended, notice sent, link used up', async () => {
    const { user, token } = await userWithLink();
    const before = await account(user.id);
    const session = newSessionClaims(
      { id: user.id, userType: 'individu', role: 'user', pendingSteps: [], sessionVersion: before.sessionVersion },
      true,
      Date.now(),
    );

    expect(await answerRecoveryQuestion({ token, answer: '  sk BUKIT   damansara ', ip: nextIp() })).toEqual({ ok: true });
    expect(await resetPasswordWithLink({ token, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).toEqual({
      ok: true,
      pendingSteps: [],
      status: 'active',
      sessionVersion: before.sessionVersion + 1,
    });

    expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await verifyCredentials({ loginId: user.loginId, password: 'Baru2026x', ip: nextIp() })).ok).toBe(true);
    expect(checkSession(session, { ...(await account(user.id)), role: 'user' } as AccountState, Date.now())).toEqual({
      ok: false,
      reason: 'version',
    });
    const notices = (await mailTo(user.email)).filter((m) => m.body.subject.startsWith('Katalaluan ECOS anda telah ditukar'));
    // One from the first log-in, one from the recovery.
    expect(notices).toHaveLength(2);
    expect(await audits(user.id, 'recovery.password_reset')).toHaveLength(1);

    // Single use: the same link cannot set a password again, nor be opened.
    expect(await resetPasswordWithLink({ token, answered: true, password: 'Lagi2026x', confirm: 'Lagi2026x', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid_link',
    });
    expect(await findRecoveryLink(token)).toBeUndefined();
  });

  test('two submissions racing with one link: exactly one sets the password', async () => {
    const { user, token } = await userWithLink();
    await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp() });
    const results = await Promise.all(
      ['Satu2026x', 'Dua2026xx'].map((password) =>
        resetPasswordWithLink({ token, answered: true, password, confirm: password, ip: nextIp() }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'invalid_link' }]);
    expect((await account(user.id)).sessionVersion).toBe(3);
  });

  test('a password that breaks the policy is refused and the link stays usable', async () => {
    const { user, token } = await userWithLink();
    await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp() });
    expect(await resetPasswordWithLink({ token, answered: true, password: 'abcD1234', confirm: 'abcD1234', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { password: ['common'] },
    });
    expect(await resetPasswordWithLink({ token, answered: true, password: `Ab${user.loginId}`, confirm: 'lain', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { password: ['length', 'noLoginId'], confirm: ['mismatch'] },
    });
    expect(await findRecoveryLink(token)).toBeDefined();
    expect((await resetPasswordWithLink({ token, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).ok).toBe(
      true,
    );
  });

  test('the link expires 30 minutes after it was sent', async () => {
    const sent = new Date(Date.now() - 29 * MIN);
    const { token } = await userWithLink(sent);
    expect(await findRecoveryLink(token, new Date(sent.getTime() + 30 * MIN - 1000))).toBeDefined();
    expect(await findRecoveryLink(token, new Date(sent.getTime() + 30 * MIN))).toBeUndefined();
    const late = new Date(sent.getTime() + 31 * MIN);
    expect(await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp(), now: late })).toEqual({
      ok: false,
      reason: 'invalid_link',
    });
    expect(
      await resetPasswordWithLink({ token, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp(), now: late }),
    ).toEqual({
      ok: false,
      reason: 'invalid_link',
    });
  });

  test('wrong answers count like wrong passwords: with 3 wrong passwords, the 2nd wrong answer locks, notice sent, and the link stops taking answers', async () => {
    const { user, token } = await userWithLink();
    for (let i = 0; i < 3; i += 1) {
      expect(await verifyCredentials({ loginId: user.loginId, password: `Salah${i}abc`, ip: nextIp() })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await answerRecoveryQuestion({ token, answer: 'SK Salah', ip: nextIp() })).toEqual({ ok: false, reason: 'wrong' });
    const locked = await answerRecoveryQuestion({ token, answer: 'SK Salah Lagi', ip: nextIp() });
    expect(locked).toMatchObject({ ok: false, reason: 'locked', lockedUntil: expect.any(Date) });

    // Now even the right answer, and the right password at LOG MASUK, meet the lock.
    expect(await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp() })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await linkStage((await findRecoveryLink(token))!, false)).toMatchObject({ stage: 'locked' });
    expect((await mailTo(user.email)).filter((m) => m.body.subject.startsWith('Akaun ECOS anda dikunci'))).toHaveLength(1);
    expect(await audits(user.id, 'recovery.answer_wrong')).toHaveLength(2);
  });

  test('five wrong answers alone lock the id', async () => {
    const { user, token } = await userWithLink();
    for (let i = 0; i < 4; i += 1)
      expect(await answerRecoveryQuestion({ token, answer: `salah ${i}`, ip: nextIp() })).toEqual({ ok: false, reason: 'wrong' });
    expect(await answerRecoveryQuestion({ token, answer: 'salah 4', ip: nextIp() })).toMatchObject({ ok: false, reason: 'locked' });
    const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
    expect(row.lockCount).toBe(1);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  test('a locked id takes no answers, even on a link sent during the lock; a link asked for after the lock answers, sets the password and clears the escalation', async () => {
    const user = await activeUser();
    for (let i = 0; i < 5; i += 1) await verifyCredentials({ loginId: user.loginId, password: `Salah${i}abc`, ip: nextIp() });
    expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toMatchObject({
      ok: false,
      reason: 'locked',
    });

    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    const token = await linkFrom(user.email);
    expect(await linkStage((await findRecoveryLink(token))!, false)).toMatchObject({ stage: 'locked' });
    expect(await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp() })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await audits(user.id, 'recovery.answer_right')).toHaveLength(0);

    const afterLock = new Date(Date.now() + 16 * MIN);
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp(), now: afterLock });
    const fresh = await linkFrom(user.email);
    expect(await answerRecoveryQuestion({ token: fresh, answer: 'SK Bukit Damansara', ip: nextIp(), now: afterLock })).toEqual({
      ok: true,
    });
    expect(
      (
        await resetPasswordWithLink({
          token: fresh,
          answered: true,
          password: 'Baru2026x',
          confirm: 'Baru2026x',
          ip: nextIp(),
          now: afterLock,
        })
      ).ok,
    ).toBe(true);
    const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
    expect(row).toMatchObject({ failures: 0, lockCount: 0, lockedUntil: null });
  });

  // Decision 0006: only an officer lifts an officer's lock (tests/integration/admin-account-lock.test.ts).
  test('an account an officer locked stays locked: the recovery link is refused', async () => {
    const { user, token } = await userWithLink();
    await t.db.update(users).set({ status: 'locked' }).where(eq(users.id, user.id));
    await answerRecoveryQuestion({ token, answer: 'SK Bukit Damansara', ip: nextIp() });
    expect(await resetPasswordWithLink({ token, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid_link',
    });
    expect(await audits(user.id, 'recovery.password_reset')).toEqual([]);
    expect((await t.db.select({ status: users.status }).from(users).where(eq(users.id, user.id)))[0].status).toBe('locked');
  });

  test('a pending user whose generated password expired chooses a password at once; terms and question still follow at the next log-in', async () => {
    const user = await createUser(t.db, { generatedPasswordExpiresAt: new Date(Date.now() - MIN) });
    expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip: nextIp() })).toEqual({
      ok: false,
      reason: 'expired_generated',
    });

    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    const token = await linkFrom(user.email);
    expect(await linkStage((await findRecoveryLink(token))!, false)).toEqual({ stage: 'password' });
    // The generated password itself is still refused as the new one.
    expect(
      await resetPasswordWithLink({ token, answered: false, password: user.password, confirm: user.password, ip: nextIp() }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: ['generated'] },
    });
    expect(await resetPasswordWithLink({ token, answered: false, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).toEqual({
      ok: true,
      pendingSteps: ['terms', 'security_question'],
      status: 'pending',
      sessionVersion: 2,
    });
    expect(await account(user.id)).toMatchObject({
      status: 'pending',
      passwordIsGenerated: false,
      pendingSteps: ['terms', 'security_question'],
    });
    const login = await verifyCredentials({ loginId: user.loginId, password: 'Baru2026x', ip: nextIp() });
    expect(login.ok && login.user.pendingSteps).toEqual(['terms', 'security_question']);
  });

  test('setting the password retires the other links the user was sent', async () => {
    const user = await activeUser();
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    const first = await linkFrom(user.email);
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    const second = await linkFrom(user.email);
    expect(second).not.toBe(first);
    await answerRecoveryQuestion({ token: second, answer: 'SK Bukit Damansara', ip: nextIp() });
    expect(
      (await resetPasswordWithLink({ token: second, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip: nextIp() })).ok,
    ).toBe(true);
    expect(await findRecoveryLink(first)).toBeUndefined();
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.status, 'failed'))).toEqual([]);
  });

  test('a link asked for during the first log-in stops working once KATALALUAN BARU sets the password', async () => {
    // A pending user has no security question yet, so an open link would set a password with the e-mail alone.
    const user = await createUser(t.db);
    const ip = nextIp();
    await acceptTerms({ userId: user.id, ip, userAgent: UA });
    await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp() });
    const token = await linkFrom(user.email);
    expect(await linkStage((await findRecoveryLink(token))!, false)).toEqual({ stage: 'password' });

    expect((await setPassword({ userId: user.id, password: 'Baru2026x', confirm: 'Baru2026x', ip })).ok).toBe(true);
    expect(await findRecoveryLink(token)).toBeUndefined();
    expect(await resetPasswordWithLink({ token, answered: false, password: 'Lain2026x', confirm: 'Lain2026x', ip: nextIp() })).toEqual({
      ok: false,
      reason: 'invalid_link',
    });
    expect((await verifyCredentials({ loginId: user.loginId, password: 'Baru2026x', ip: nextIp() })).ok).toBe(true);
  });
});

describe('one answer budget per account, across links (RECOVERY_ANSWERS_PER_DAY)', () => {
  test('new links do not buy new guesses: once the answers of the day are spent, every link refuses, the right answer too', async () => {
    process.env.RECOVERY_ANSWERS_PER_DAY = '4';
    resetEnv();
    try {
      const user = await activeUser();
      const day = new Date(Date.now() + 60 * MIN);
      let wrong = 0;
      for (let link = 0; link < 2; link += 1) {
        await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp(), now: day });
        const token = await linkFrom(user.email);
        for (let i = 0; i < 2; i += 1) {
          wrong += 1;
          expect(await answerRecoveryQuestion({ token, answer: `salah ${wrong}`, ip: nextIp(), now: day })).toEqual({
            ok: false,
            reason: 'wrong',
          });
        }
      }
      await requestRecoveryLink({ loginId: user.loginId, email: user.email, ip: nextIp(), now: day });
      const third = await linkFrom(user.email);
      expect(await answerRecoveryQuestion({ token: third, answer: 'SK Bukit Damansara', ip: nextIp(), now: day })).toMatchObject({
        ok: false,
        reason: 'budget',
      });
      // Four evaluated in all, across three links; the fifth answer never reached a verify.
      expect(await audits(user.id, 'recovery.answer_wrong')).toHaveLength(4);
      expect(await audits(user.id, 'recovery.answer_right')).toHaveLength(0);
    } finally {
      delete process.env.RECOVERY_ANSWERS_PER_DAY;
      resetEnv();
    }
  });
});

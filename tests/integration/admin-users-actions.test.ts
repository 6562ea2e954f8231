/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createSession, markSessionSecondFactor } from '@/db/queries/sessions';
import { auditLog, companyRecords, emailOutbox, loginThrottles, recoveryTokens, userSessions, users } from '@/db/schema';
import { registerAccount } from '@/lib/accounts/register';
import { sendRecoveryLink as deliverRecoveryRequest } from '@/lib/accounts/recovery/send-link';
import { correctEmail, lockAccount, releaseId, sendRecoveryLink, unlockAccount } from '@/lib/actions/admin/users';
import { initialAccountActionState, type AccountActionState } from '@/lib/admin/users-form-state';
import type { SessionUser } from '@/lib/auth/guards';
import { renderEmail } from '@/lib/mail/templates';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let signedIn: SessionUser | null = null;
jest.mock('@/lib/auth/guards', () => ({ optionalUser: async () => signedIn }));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.66', userAgent: null }) }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

/**
 * Pengguna's actions as public endpoints (decision 0006), on PGlite and PostgreSQL: an applicant is refused
 * and audited; each officer action is one change with one audit row even when submitted twice at once;
 * the e-mails go to the right addresses; a released id can be registered again; Lupa Katalaluan on an
 * account an officer locked sends the notice without a link.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

let serial = 0;
async function officer() {
  serial += 1;
  const row = await createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `PU${String(serial).padStart(4, '0')}`,
    email: `pengguna${serial}@st.gov.my`,
    status: 'active',
    role: 'officer',
    pendingSteps: [],
  });
  const sessionId = randomUUID();
  const now = new Date();
  await createSession(t.db, {
    id: sessionId,
    userId: row.id,
    at: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    remember: false,
    browser: null,
    os: null,
    ip: null,
    sessionVersion: 0,
  });
  await markSessionSecondFactor(t.db, row.id, sessionId, now);
  return { id: row.id, sessionId };
}
const signInAs = (who: { id: string; sessionId: string }, role: SessionUser['role'] = 'officer') => {
  signedIn = { id: who.id, sessionId: who.sessionId, type: 'kakitangan', role, pendingSteps: [], remember: false };
};
const applicant = (values: Parameters<typeof createUser>[1] = {}) => createUser(t.db, { status: 'active', pendingSteps: [], ...values });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
const start: AccountActionState = initialAccountActionState;
const row = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const audits = (action: string, targetUserId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetUserId, targetUserId)));
const mails = async (template: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.template, template))).length;

test('an applicant calling every action directly is refused, changes nothing, and each refusal is audited', async () => {
  const me = await applicant();
  const target = await applicant();
  signedIn = { id: me.id, sessionId: randomUUID(), type: 'individu', role: 'user', pendingSteps: [], remember: false };
  const calls: [string, (s: AccountActionState, f: FormData) => Promise<AccountActionState>, Record<string, string>][] = [
    ['action:lockAccount', lockAccount, { note: 'x', confirm: 'yes' }],
    ['action:unlockAccount', unlockAccount, { note: 'x' }],
    ['action:sendRecoveryLink', sendRecoveryLink, {}],
    ['action:correctEmail', correctEmail, { email: 'evil@contoh.com.my', confirm: 'yes' }],
    ['action:releaseId', releaseId, { note: 'x', confirm: 'yes' }],
  ];
  for (const [name, action, fields] of calls) {
    const state = await action(start, form({ userId: target.id, ...fields }));
    expect(state).toMatchObject({ status: 'error', problem: { key: 'adminUsers.actions.errors.refused' } });
    const refusals = await audits('admin.refused', target.id);
    expect(refusals.some((r) => r.details?.name === name && r.actorUserId === me.id)).toBe(true);
  }
  expect(await row(target.id)).toMatchObject({ status: 'active', email: target.email, loginId: target.loginId });
  // Nobody signed in: refused too, and a forged target id is not written into the audit row.
  signedIn = null;
  expect(await lockAccount(start, form({ userId: "'; drop table users; --", note: 'x', confirm: 'yes' }))).toMatchObject({
    status: 'error',
  });
});

test('lock: note and confirmation required; two officers at once make one lock and one audit row, note kept', async () => {
  const [a, b] = [await officer(), await officer()];
  const target = await applicant();
  signInAs(a);
  expect(await lockAccount(start, form({ userId: target.id, note: '', confirm: '' }))).toMatchObject({
    status: 'error',
    errors: { note: [{ key: 'adminUsers.actions.errors.noteRequired' }], confirm: [{ key: 'adminUsers.actions.errors.confirmRequired' }] },
  });
  expect(await lockAccount(start, form({ userId: target.id, note: 'bad\u202Enote', confirm: 'yes' }))).toMatchObject({
    errors: { note: [{ key: 'adminUsers.actions.errors.noteHidden' }] },
  });
  expect((await row(target.id)).status).toBe('active');

  signInAs(a);
  const first = lockAccount(start, form({ userId: target.id, note: 'Disyaki diambil alih', confirm: 'yes' }));
  signInAs(b);
  const second = lockAccount(start, form({ userId: target.id, note: 'Sama', confirm: 'yes' }));
  const results = await Promise.all([first, second]);
  expect(results.filter((r) => r.status === 'done')).toHaveLength(1);
  expect(results.filter((r) => r.status === 'error')).toEqual([
    expect.objectContaining({ problem: { key: 'adminUsers.actions.errors.unchanged' } }),
  ]);
  expect((await row(target.id)).status).toBe('locked');
  const locked = await audits('admin.account_locked', target.id);
  expect(locked).toHaveLength(1);
  expect(locked[0].details).toMatchObject({ note: expect.any(String) });

  // Unlock: the officer's lock and the throttle's lock go, note in the audit row.
  await t.db
    .insert(loginThrottles)
    .values({ loginId: target.loginId, failures: 5, lockCount: 1, lockedUntil: new Date(Date.now() + 600_000) });
  signInAs(a);
  expect(await unlockAccount(start, form({ userId: target.id, note: 'Pemilik datang ke pejabat' }))).toMatchObject({ status: 'done' });
  expect((await row(target.id)).status).toBe('active');
  const [throttle] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, target.loginId));
  expect(throttle?.lockedUntil ?? null).toBeNull();
  expect((await audits('admin.account_unlocked', target.id))[0].details).toMatchObject({ note: 'Pemilik datang ke pejabat' });
});

test("Lupa Katalaluan on an account an officer locked: an e-mail without a link, naming ST's office; no token", async () => {
  const a = await officer();
  const target = await applicant({ email: 'dikunci@contoh.com.my' });
  signInAs(a);
  await lockAccount(start, form({ userId: target.id, note: 'Kunci', confirm: 'yes' }));
  const before = await mails('officer-account-notice');
  await t.db.transaction((tx) =>
    deliverRecoveryRequest(
      tx,
      { loginId: target.loginId, email: 'dikunci@contoh.com.my', ip: null, requestedAt: new Date().toISOString() },
      new Date(),
    ),
  );
  expect(await mails('officer-account-notice')).toBe(before + 1);
  expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, target.id))).toEqual([]);
  expect(await audits('recovery.locked_notice_sent', target.id)).toHaveLength(1);

  const mail = await renderEmail('officer-account-notice', { kind: 'locked', name: 'ALI BIN ABU', maskedId: '70**34' });
  expect(mail.text).toContain('dikunci oleh pegawai Suruhanjaya Tenaga');
  expect(mail.text).toContain('Jalan Tun Hussein');
  expect(mail.text).not.toContain('lupa-katalaluan');
});

test('recovery link: sent once for a double submission, audited; refused for a locked account', async () => {
  const a = await officer();
  const target = await applicant();
  signInAs(a);
  const results = await Promise.all([
    sendRecoveryLink(start, form({ userId: target.id })),
    sendRecoveryLink(start, form({ userId: target.id })),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(['done', 'error']);
  expect(await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, target.id))).toHaveLength(1);
  expect(await audits('admin.recovery_link_sent', target.id)).toHaveLength(1);

  const lockedOne = await applicant({ status: 'locked' });
  expect(await sendRecoveryLink(start, form({ userId: lockedOne.id }))).toMatchObject({
    problem: { key: 'adminUsers.actions.errors.unavailable' },
  });
});

test('correct e-mail: validated, both addresses told, sessions end, audited once; company record and staff rules hold', async () => {
  const a = await officer();
  const target = await applicant({ email: 'lama@contoh.com.my' });
  const session = randomUUID();
  await createSession(t.db, {
    id: session,
    userId: target.id,
    at: new Date(),
    expiresAt: new Date(Date.now() + 3_600_000),
    remember: false,
    browser: null,
    os: null,
    ip: null,
    sessionVersion: 1,
  });
  const version = (await row(target.id)).sessionVersion;
  signInAs(a);
  expect(await correctEmail(start, form({ userId: target.id, email: 'bukan emel', confirm: 'yes' }))).toMatchObject({
    errors: { email: [{ key: 'adminUsers.actions.errors.emailFormat' }] },
    values: { email: 'bukan emel' },
  });
  const before = await mails('email-changed');
  const results = await Promise.all([
    correctEmail(start, form({ userId: target.id, email: ' Baru@Contoh.com.my ', confirm: 'yes' })),
    correctEmail(start, form({ userId: target.id, email: 'baru@contoh.com.my', confirm: 'yes' })),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(['done', 'error']);
  expect(await row(target.id)).toMatchObject({ email: 'baru@contoh.com.my', sessionVersion: version + 1 });
  expect((await t.db.select().from(userSessions).where(eq(userSessions.id, session)))[0].revokedAt).not.toBeNull();
  expect(await mails('email-changed')).toBe(before + 2);
  expect((await audits('admin.email_corrected', target.id)).map((r) => r.details)).toEqual([
    { from: 'lama@contoh.com.my', to: 'baru@contoh.com.my' },
  ]);

  // A company with an ST record takes only the record's address; a staff account only the staff domain.
  const company = await applicant({ userType: 'syarikat', idType: 'ssm_new', loginId: '201901000005', email: 'syarikat@contoh.com.my' });
  await t.db
    .insert(companyRecords)
    .values({ ssmNew: '201901000005', name: 'SYARIKAT CONTOH SDN. BHD.', email: 'rekod@contoh.com.my', source: 'kontraktor' });
  expect(await correctEmail(start, form({ userId: company.id, email: 'lain@contoh.com.my', confirm: 'yes' }))).toMatchObject({
    errors: { email: [{ key: 'adminUsers.actions.errors.companyRecord' }] },
  });
  expect(await correctEmail(start, form({ userId: company.id, email: 'rekod@contoh.com.my', confirm: 'yes' }))).toMatchObject({
    status: 'done',
  });
  const staff = await createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: 'STAFF77',
    email: 'staff77@st.gov.my',
    status: 'active',
  });
  expect(await correctEmail(start, form({ userId: staff.id, email: 'staff77@gmail.com', confirm: 'yes' }))).toMatchObject({
    errors: { email: [{ key: 'adminUsers.actions.errors.staffDomain', vars: { domain: 'st.gov.my' } }] },
  });
});

test('release an id: note required; the squatter is disabled, renamed and told; the id registers again; one audit row', async () => {
  const a = await officer();
  const squatter = await applicant({ loginId: '850505105551', name: 'PENYAMAR', email: 'penyamar@contoh.com.my' });
  signInAs(a);
  expect(await releaseId(start, form({ userId: squatter.id, note: '  ', confirm: 'yes' }))).toMatchObject({
    errors: { note: [{ key: 'adminUsers.actions.errors.noteRequired' }] },
  });
  expect(
    await registerAccount(
      { userType: 'individu', loginId: '850505105551', idType: 'mykad', name: 'PEMILIK SEBENAR', email: 'pemilik@contoh.com.my' },
      { ip: '203.0.113.70' },
    ),
  ).toEqual({ ok: false, reason: 'duplicate' });

  const before = await mails('officer-account-notice');
  const note = 'Pemilik sebenar hadir dengan MyKad, rujukan ST/2026/77';
  const results = await Promise.all([
    releaseId(start, form({ userId: squatter.id, note, confirm: 'yes' })),
    releaseId(start, form({ userId: squatter.id, note, confirm: 'yes' })),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(['done', 'error']);
  const after = await row(squatter.id);
  expect(after.status).toBe('disabled');
  expect(after.loginId).toMatch(/^850505105551~DILEPASKAN~\d{8}~[0-9A-F]{8}$/);
  expect(await mails('officer-account-notice')).toBe(before + 1);
  const released = await audits('admin.id_released', squatter.id);
  expect(released).toHaveLength(1);
  expect(released[0].details).toMatchObject({ note, loginId: '850505105551', renamedTo: after.loginId });

  const registered = await registerAccount(
    { userType: 'individu', loginId: '850505105551', idType: 'mykad', name: 'PEMILIK SEBENAR', email: 'pemilik@contoh.com.my' },
    { ip: '203.0.113.71' },
  );
  expect(registered).toMatchObject({ ok: true });
  // An officer's account is never released (a role change comes first).
  const other = await officer();
  expect(await releaseId(start, form({ userId: other.id, note: 'x', confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminUsers.actions.errors.privileged' },
  });
});

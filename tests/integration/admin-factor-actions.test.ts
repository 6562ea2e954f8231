/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { sessionSecondFactorAt } from '@/db/queries/sessions';
import { auditLog, loginThrottles } from '@/db/schema';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from '@/lib/actions/admin/second-factor';
import { initialConfirmEnrolmentState, initialVerifyFactorState } from '@/lib/admin/factor-form-state';
import { unsealTotpSecret } from '@/lib/admin/totp';
import { findFactor } from '@/db/queries/admin-factors';
import type { SessionUser } from '@/lib/auth/guards';
import { resetEnv } from '@/lib/config/env';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { openSession } from '../helpers/sessions';
import { createUser } from '../helpers/users';

let signedIn: SessionUser | null = null;
jest.mock('@/lib/auth/guards', () => ({ optionalUser: async () => signedIn }));
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.61', userAgent: null }) }));
// Outside Next there is no route cache to drop.
jest.mock('next/cache', () => ({ revalidatePath: () => {} }));

/**
 * The second factor's server actions (decision 0006) as an attacker or an officer calls them: authorized
 * first (an applicant is refused and audited), a proven code marks only the session that sent it, and a
 * wrong code counts towards the same lock as a wrong password. On PGlite and PostgreSQL.
 */
let t: TestDatabase;
beforeAll(async () => {
  process.env.LOCKOUT_THRESHOLD = '3';
  resetEnv();
  t = await freshDatabase();
}, 180_000);
afterAll(async () => {
  await t.close();
  delete process.env.LOCKOUT_THRESHOLD;
  resetEnv();
});

let serial = 0;
async function staff(role: 'officer' | 'admin') {
  serial += 1;
  return createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `FA${String(serial).padStart(4, '0')}`,
    email: `factor${serial}@st.gov.my`,
    status: 'active',
    role,
    pendingSteps: [],
  });
}

/** A new log-in of the user: its session row, and the session as the guard reads it. */
async function logIn(user: { id: string }, role: SessionUser['role'], type = 'kakitangan'): Promise<SessionUser> {
  const sessionId = await openSession(t.db, user.id, { sessionVersion: 1 });
  return { id: user.id, sessionId, type, role, pendingSteps: [], remember: false };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** Where a redirect() inside the action pointed, or null when the action returned normally. */
async function redirectOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2];
  }
}

const audits = (action: string, actor: string | null) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), actor ? eq(auditLog.actorUserId, actor) : undefined));

const secretOf = async (userId: string) => unsealTotpSecret((await findFactor(t.db, userId))!.totpSecret);
const codeAt = (secret: string, ms: number) => generateSync({ secret, epoch: Math.floor(ms / 1000) });

/**
 * An officer through the enrolment actions in session `session`; returns the secret, the recovery codes and
 * when the confirming code was made (a code of the next step is then fresh, one of the same step used).
 */
async function enrol(session: SessionUser) {
  signedIn = session;
  expect(await redirectOf(startEnrolment())).toBe('/admin/dua-faktor');
  const secret = await secretOf(session.id);
  const at = Date.now();
  const state = await confirmEnrolment(initialConfirmEnrolmentState, form({ code: codeAt(secret, at) }));
  expect(state.status).toBe('enrolled');
  return { secret, codes: state.recoveryCodes!, at };
}

test('enrolment: the first code shows 10 recovery codes once and proves this session only', async () => {
  const officer = await staff('officer');
  const here = await logIn(officer, 'officer');
  const there = await logIn(officer, 'officer');
  const { codes } = await enrol(here);
  expect(codes).toHaveLength(10);
  expect(await sessionSecondFactorAt(t.db, officer.id, here.sessionId)).toBeInstanceOf(Date);
  expect(await sessionSecondFactorAt(t.db, officer.id, there.sessionId)).toBeNull();
});

test('verify marks only the session that sent the code; another session of the same officer still owes it', async () => {
  const officer = await staff('admin');
  const first = await logIn(officer, 'admin');
  const { secret, at } = await enrol(first);
  const second = await logIn(officer, 'admin');
  const third = await logIn(officer, 'admin');
  signedIn = second;
  // The confirmation's code again: refused as used, and said so.
  const used = await verifySecondFactor(initialVerifyFactorState, form({ code: codeAt(secret, at) }));
  expect(used.errors.code?.[0].key).toBe('adminFactor.factor.errors.replayed');
  expect(await sessionSecondFactorAt(t.db, officer.id, second.sessionId)).toBeNull();
  // The next step's code (inside the ±1 step window): accepted, and on to the page asked for.
  expect(
    await redirectOf(verifySecondFactor(initialVerifyFactorState, form({ code: codeAt(secret, at + 30_000), next: '/admin/pengguna' }))),
  ).toBe('/admin/pengguna');
  expect(await sessionSecondFactorAt(t.db, officer.id, second.sessionId)).toBeInstanceOf(Date);
  expect(await sessionSecondFactorAt(t.db, officer.id, third.sessionId)).toBeNull();
  expect(await audits('mfa.verified', officer.id)).toHaveLength(1);
});

test('a recovery code proves the session once; a foreign `next` is ignored', async () => {
  const officer = await staff('officer');
  const { codes } = await enrol(await logIn(officer, 'officer'));
  signedIn = await logIn(officer, 'officer');
  expect(
    await redirectOf(verifySecondFactor(initialVerifyFactorState, form({ code: codes[0].toLowerCase(), next: '//evil.example/admin' }))),
  ).toBe('/admin');
  signedIn = await logIn(officer, 'officer');
  const again = await verifySecondFactor(initialVerifyFactorState, form({ code: codes[0] }));
  expect(again.errors.code?.[0].key).toBe('adminFactor.factor.errors.replayed');
  expect(await sessionSecondFactorAt(t.db, officer.id, signedIn.sessionId)).toBeNull();
});

test('an applicant or a visitor calling the actions directly is refused and audited; nothing is enrolled', async () => {
  const applicant = await createUser(t.db, { status: 'active', pendingSteps: [] });
  signedIn = await logIn(applicant, 'user', 'individu');
  expect(await verifySecondFactor(initialVerifyFactorState, form({ code: '123456' }))).toMatchObject({
    status: 'error',
    problem: { key: 'adminFactor.factor.errors.refused' },
  });
  expect(await confirmEnrolment(initialConfirmEnrolmentState, form({ code: '123456' }))).toMatchObject({ status: 'error' });
  expect(await redirectOf(startEnrolment())).toBe('/admin/dua-faktor');
  expect(await findFactor(t.db, applicant.id)).toBeUndefined();
  const refusals = await audits('admin.refused', applicant.id);
  expect(refusals.map((r) => (r.details as { name: string }).name).sort()).toEqual([
    'action:confirmEnrolment',
    'action:startEnrolment',
    'action:verifySecondFactor',
  ]);
  expect(await sessionSecondFactorAt(t.db, applicant.id, signedIn.sessionId)).toBeNull();

  signedIn = null;
  expect(await verifySecondFactor(initialVerifyFactorState, form({ code: '123456' }))).toMatchObject({ status: 'error' });
  expect((await audits('admin.refused', null)).some((r) => r.actorUserId === null)).toBe(true);
});

test('bad input is answered beside the field and never counted; wrong codes count towards the password lock', async () => {
  const officer = await staff('officer');
  const { secret } = await enrol(await logIn(officer, 'officer'));
  signedIn = await logIn(officer, 'officer');
  const verify = (code: string) => verifySecondFactor(initialVerifyFactorState, form({ code }));
  expect((await verify('')).errors.code?.[0].key).toBe('adminFactor.factor.errors.verifyRequired');
  expect((await verify('12345')).errors.code?.[0].key).toBe('adminFactor.factor.errors.verifyFormat');
  expect((await verify('123456\u0000')).errors.code?.[0].key).toBe('adminFactor.factor.errors.verifyFormat');
  expect((await verify('9'.repeat(5000))).errors.code?.[0].key).toBe('adminFactor.factor.errors.verifyFormat');
  expect(await audits('mfa.failed', null).then((rows) => rows.filter((r) => r.targetUserId === officer.id))).toHaveLength(0);

  const wrong = generateSync({ secret }) === '000000' ? '111111' : '000000';
  expect((await verify(wrong)).errors.code?.[0].key).toBe('adminFactor.factor.errors.wrong');
  expect((await verify(wrong)).errors.code?.[0].key).toBe('adminFactor.factor.errors.wrong');
  const locked = await verify(wrong);
  expect(locked.errors.code?.[0]).toMatchObject({
    key: 'adminFactor.factor.errors.locked',
    vars: { until: expect.stringMatching(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/) },
  });
  // Locked: even the right code is refused, and the LOG MASUK counter is the same row.
  expect((await verify(codeAt(secret, Date.now()))).errors.code?.[0].key).toBe('adminFactor.factor.errors.locked');
  const [throttle] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, officer.loginId));
  expect(throttle.lockedUntil).toBeInstanceOf(Date);
  expect(await sessionSecondFactorAt(t.db, officer.id, signedIn.sessionId)).toBeNull();
});

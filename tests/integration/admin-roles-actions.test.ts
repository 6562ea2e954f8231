/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, officerFactors, userSessions, users } from '@/db/schema';
import { grantOfficer, resetSecondFactor, revokeOfficer } from '@/lib/actions/admin/roles';
import { initialRoleFormState } from '@/lib/admin/roles-form';
import type { SessionUser } from '@/lib/auth/guards';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { openSession } from '../helpers/sessions';
import { createUser } from '../helpers/users';

let signedIn: SessionUser | null = null;
jest.mock('@/lib/auth/guards', () => ({ optionalUser: async () => signedIn }));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.55', userAgent: null }) }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

/**
 * PERANAN's actions as an attacker meets them (public endpoints, forged input): an officer or an
 * administrator without the second factor is refused and audited; an administrator's grant, revoke and
 * reset need the ticked box, end the target's sessions and are audited; oneself is refused. Both databases.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

let serial = 0;
async function staff(role: 'user' | 'officer' | 'admin') {
  serial += 1;
  return createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `PR${String(serial).padStart(4, '0')}`,
    email: `peranan${serial}@st.gov.my`,
    status: 'active',
    role,
    pendingSteps: [],
  });
}

async function signIn(user: { id: string }, role: SessionUser['role'], verified = true) {
  signedIn = {
    id: user.id,
    sessionId: await openSession(t.db, user.id, { secondFactor: verified }),
    type: 'kakitangan',
    role,
    pendingSteps: [],
    remember: false,
  };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const account = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const sessionOf = async (id: string) => (await t.db.select().from(userSessions).where(eq(userSessions.id, id)))[0];
const auditOf = (action: string, targetUserId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetUserId, targetUserId)));

test('an officer, and an administrator owing the second factor, are refused every action, audited', async () => {
  const officer = await staff('officer');
  const admin = await staff('admin');
  const other = await staff('officer');
  for (const [who, role, verified, reason] of [
    [officer, 'officer', true, 'role'],
    [admin, 'admin', false, 'second_factor'],
  ] as const) {
    await signIn(who, role, verified);
    const grant = await grantOfficer(initialRoleFormState, form({ loginId: 'PR9999', confirm: 'yes' }));
    const revoke = await revokeOfficer(initialRoleFormState, form({ userId: other.id, confirm: 'yes' }));
    const reset = await resetSecondFactor(initialRoleFormState, form({ userId: other.id, confirm: 'yes' }));
    for (const state of [grant, revoke, reset])
      expect(state).toMatchObject({ status: 'error', problem: { key: 'adminAudit.roles.errors.refused' } });
    const refusals = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.refused'), eq(auditLog.actorUserId, who.id)));
    expect(refusals.map((r) => [r.targetUserId, r.details])).toEqual([
      [null, { name: 'action:grantOfficer', reason }],
      [other.id, { name: 'action:revokeOfficer', reason }],
      [other.id, { name: 'action:resetSecondFactor', reason }],
    ]);
  }
  expect((await account(other.id)).role).toBe('officer');
});

test('an administrator grants the officer role by No. Pekerja as typed; the target’s sessions end; audited', async () => {
  const admin = await staff('admin');
  const target = await staff('user');
  const targetSession = await openSession(t.db, target.id, { secondFactor: false });
  const before = await account(target.id);
  await signIn(admin, 'admin');

  const unticked = await grantOfficer(initialRoleFormState, form({ loginId: target.loginId }));
  expect(unticked).toMatchObject({ status: 'error', errors: { confirm: [{ key: 'adminAudit.roles.errors.confirmRequired' }] } });
  expect((await account(target.id)).role).toBe('user');

  const typed = `${target.loginId.slice(0, 2).toLowerCase()}-${target.loginId.slice(2)}`;
  const state = await grantOfficer(initialRoleFormState, form({ loginId: typed, confirm: 'yes' }));
  expect(state).toMatchObject({ status: 'done', notice: { key: 'adminAudit.roles.grant.done', vars: { loginId: target.loginId } } });
  expect(await account(target.id)).toMatchObject({ role: 'officer', sessionVersion: before.sessionVersion + 1 });
  expect((await sessionOf(targetSession)).revokedAt).not.toBeNull();
  expect((await auditOf('admin.role_granted', target.id)).map((a) => [a.actorUserId, a.ip])).toEqual([[admin.id, '203.0.113.55']]);

  const again = await grantOfficer(initialRoleFormState, form({ loginId: target.loginId, confirm: 'yes' }));
  expect(again).toMatchObject({ status: 'error', problem: { key: 'adminAudit.roles.errors.unchanged' } });
});

test('grant refusals are shown as messages: unknown id, an applicant, forged input', async () => {
  const admin = await staff('admin');
  const applicant = await createUser(t.db, { status: 'active', loginId: '900101019999' });
  await signIn(admin, 'admin');
  expect(await grantOfficer(initialRoleFormState, form({ loginId: 'TIADA0001', confirm: 'yes' }))).toMatchObject({
    status: 'error',
    errors: { loginId: [{ key: 'adminAudit.roles.errors.not_found' }] },
  });
  expect(await grantOfficer(initialRoleFormState, form({ loginId: '900101-01-9999', confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminAudit.roles.errors.not_staff' },
  });
  expect((await account(applicant.id)).role).toBe('user');
  expect(await grantOfficer(initialRoleFormState, form({ loginId: 'PR\u0000001', confirm: 'yes' }))).toMatchObject({
    errors: { loginId: [{ key: 'adminAudit.roles.errors.loginIdInvalid' }] },
  });
  expect(await grantOfficer(initialRoleFormState, form({ loginId: 'A'.repeat(5000), confirm: 'yes' }))).toMatchObject({ status: 'error' });
  expect(await revokeOfficer(initialRoleFormState, form({ userId: "x' or 1=1", confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminAudit.roles.errors.invalid' },
  });
});

test('revoke and reset: never on oneself; a revoke ends the sessions; a reset deletes the factor and ends them', async () => {
  const admin = await staff('admin');
  const officer = await staff('officer');
  await t.db.insert(officerFactors).values({ userId: officer.id, totpSecret: 'sealed', confirmedAt: new Date() });
  await signIn(admin, 'admin');

  expect(await revokeOfficer(initialRoleFormState, form({ userId: admin.id, confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminAudit.roles.errors.self' },
  });
  expect(await resetSecondFactor(initialRoleFormState, form({ userId: admin.id, confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminAudit.roles.errors.self' },
  });
  expect((await account(admin.id)).role).toBe('admin');

  const unticked = await resetSecondFactor(initialRoleFormState, form({ userId: officer.id }));
  expect(unticked).toMatchObject({
    status: 'error',
    values: { userId: officer.id },
    errors: { confirm: [{ key: 'adminAudit.roles.errors.confirmRequired' }] },
  });

  const first = await openSession(t.db, officer.id, { secondFactor: true });
  expect(await resetSecondFactor(initialRoleFormState, form({ userId: officer.id, confirm: 'yes' }))).toMatchObject({
    status: 'done',
    notice: { vars: { loginId: officer.loginId } },
  });
  expect(await t.db.select().from(officerFactors).where(eq(officerFactors.userId, officer.id))).toEqual([]);
  expect((await sessionOf(first)).revokedAt).not.toBeNull();
  expect(await auditOf('admin.second_factor_reset', officer.id)).toHaveLength(1);
  expect(await resetSecondFactor(initialRoleFormState, form({ userId: officer.id, confirm: 'yes' }))).toMatchObject({
    problem: { key: 'adminAudit.roles.errors.no_factor' },
  });

  const second = await openSession(t.db, officer.id, { secondFactor: false });
  const version = (await account(officer.id)).sessionVersion;
  expect(await revokeOfficer(initialRoleFormState, form({ userId: officer.id, confirm: 'yes' }))).toMatchObject({ status: 'done' });
  expect(await account(officer.id)).toMatchObject({ role: 'user', sessionVersion: version + 1 });
  expect((await sessionOf(second)).revokedAt).not.toBeNull();
  expect((await auditOf('admin.role_revoked', officer.id)).map((a) => a.details)).toEqual([{ from: 'officer', to: 'user' }]);
});

/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, users } from '@/db/schema';
import { grantOfficer, revokeOfficer } from '@/lib/admin/roles';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
// Opening PGlite can take a minute on a busy machine.
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

let serial = 0;
function staff(role: 'user' | 'officer' | 'admin' = 'user') {
  serial += 1;
  return createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `RL${String(serial).padStart(4, '0')}`,
    email: `staf${serial}@st.gov.my`,
    status: 'active',
    role,
  });
}

const row = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const ip = '192.0.2.10';

test('an administrator grants and revokes the officer role; each change ends the sessions and is audited', async () => {
  const admin = await staff('admin');
  const officer = await staff();
  const before = (await row(officer.id)).sessionVersion;

  expect(await grantOfficer({ userId: admin.id, ip }, officer.id)).toEqual({ ok: true, role: 'officer' });
  expect(await row(officer.id)).toMatchObject({ role: 'officer', sessionVersion: before + 1 });
  expect(await grantOfficer({ userId: admin.id, ip }, officer.id)).toEqual({ ok: false, reason: 'unchanged' });

  expect(await revokeOfficer({ userId: admin.id, ip }, officer.id)).toEqual({ ok: true, role: 'user' });
  expect(await row(officer.id)).toMatchObject({ role: 'user', sessionVersion: before + 2 });

  const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, officer.id));
  expect(audit.map((a) => [a.action, a.actorUserId, a.ip, a.details])).toEqual([
    ['admin.role_granted', admin.id, ip, { from: 'user', to: 'officer' }],
    ['admin.role_revoked', admin.id, ip, { from: 'officer', to: 'user' }],
  ]);
});

test('refused: on oneself, by an officer, and on an applicant account', async () => {
  const admin = await staff('admin');
  const officer = await staff('officer');
  const applicant = await createUser(t.db, { status: 'active' });
  const other = await staff();
  expect(await revokeOfficer({ userId: admin.id, ip }, admin.id)).toEqual({ ok: false, reason: 'self' });
  expect(await grantOfficer({ userId: officer.id, ip }, other.id)).toEqual({ ok: false, reason: 'forbidden' });
  expect(await grantOfficer({ userId: admin.id, ip }, applicant.id)).toEqual({ ok: false, reason: 'not_staff' });
  expect((await row(other.id)).role).toBe('user');
  expect((await row(applicant.id)).role).toBe('user');
});

test('two administrators demoting each other at once: one wins, one administrator is left', async () => {
  const a = await staff('admin');
  const b = await staff('admin');
  const results = await Promise.all([revokeOfficer({ userId: a.id, ip }, b.id), revokeOfficer({ userId: b.id, ip }, a.id)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'forbidden' }]);
  const roles = [(await row(a.id)).role, (await row(b.id)).role].sort();
  expect(roles).toEqual(['admin', 'user']);
  const demotions = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'admin.role_revoked'), eq(auditLog.details, { from: 'admin', to: 'user' })));
  expect(demotions).toHaveLength(1);
});

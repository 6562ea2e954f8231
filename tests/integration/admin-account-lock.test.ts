/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, loginThrottles, recoveryTokens, users } from '@/db/schema';
import { resetPasswordWithLink } from '@/lib/accounts/recovery/reset-password';
import { hashRecoveryToken } from '@/lib/accounts/recovery/token';
import { lockAccount, unlockAccount } from '@/lib/admin/account-lock';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
// Opening PGlite can take a minute on a busy machine.
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

const ip = '192.0.2.30';
let serial = 0;
async function officer() {
  serial += 1;
  const row = await createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `LK${String(serial).padStart(4, '0')}`,
    email: `lock${serial}@st.gov.my`,
    status: 'active',
    role: 'officer',
  });
  return { userId: row.id, ip };
}
const applicant = () => createUser(t.db, { status: 'active', pendingSteps: [] });
const row = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const TOKEN = 'A'.repeat(43);

test('an officer locks an account: sessions end, open recovery links are retired, one audit row even for two officers at once', async () => {
  const [a, b] = [await officer(), await officer()];
  const user = await applicant();
  const before = await row(user.id);
  await t.db.insert(recoveryTokens).values({ userId: user.id, tokenHash: 'h-lock-1', expiresAt: new Date(Date.now() + 3_600_000) });

  const results = await Promise.all([lockAccount(a, user.id, 'Disyaki diambil alih'), lockAccount(b, user.id, null)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'unchanged' }]);

  const after = await row(user.id);
  expect(after).toMatchObject({ status: 'locked', sessionVersion: before.sessionVersion + 1 });
  const [link] = await t.db.select().from(recoveryTokens).where(eq(recoveryTokens.userId, user.id));
  expect(link.usedAt).not.toBeNull();
  const audit = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, user.id), eq(auditLog.action, 'admin.account_locked')));
  expect(audit).toEqual([expect.objectContaining({ ip, details: expect.objectContaining({ previousStatus: 'active' }) })]);
});

test('refused: an applicant cannot lock, and nobody locks their own account', async () => {
  const user = await applicant();
  const other = await applicant();
  const me = await officer();
  expect(await lockAccount({ userId: other.id, ip }, user.id, null)).toEqual({ ok: false, reason: 'forbidden' });
  expect(await lockAccount(me, me.userId, null)).toEqual({ ok: false, reason: 'self' });
  expect((await row(user.id)).status).toBe('active');
});

test("Lupa Katalaluan no longer lifts an officer's lock; the officer's unlock does, and the throttle's lock with it", async () => {
  const me = await officer();
  const user = await applicant();
  await lockAccount(me, user.id, null);
  // A link asked for during the lock (the lock retired the earlier ones).
  await t.db
    .insert(recoveryTokens)
    .values({ userId: user.id, tokenHash: hashRecoveryToken(TOKEN), expiresAt: new Date(Date.now() + 3_600_000) });
  expect(await resetPasswordWithLink({ token: TOKEN, answered: true, password: 'Baru2026x', confirm: 'Baru2026x', ip })).toEqual({
    ok: false,
    reason: 'invalid_link',
  });
  expect((await row(user.id)).status).toBe('locked');

  await t.db
    .insert(loginThrottles)
    .values({ loginId: user.loginId, failures: 5, lockCount: 1, lockedUntil: new Date(Date.now() + 600_000) });
  expect(await unlockAccount(me, user.id, 'Pemilik hadir di pejabat')).toEqual({ ok: true });
  expect((await row(user.id)).status).toBe('active');
  const [throttle] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
  expect(throttle).toMatchObject({ failures: 0, lockedUntil: null });
  const [audit] = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, user.id), eq(auditLog.action, 'admin.account_unlocked')));
  expect(audit).toMatchObject({
    actorUserId: me.userId,
    details: { status: 'active', officerLockLifted: true, note: 'Pemilik hadir di pejabat' },
  });
});

test('an unlocked account that still owes first-log-in steps goes back to pending', async () => {
  const me = await officer();
  const user = await createUser(t.db, { status: 'pending' });
  await lockAccount(me, user.id, null);
  await unlockAccount(me, user.id, null);
  expect((await row(user.id)).status).toBe('pending');
});

test('an officer cannot lock another officer or an administrator; an administrator locks an officer, never an administrator', async () => {
  const [a, b] = [await officer(), await officer()];
  const admin = async () => {
    const o = await officer();
    await t.db.update(users).set({ role: 'admin' }).where(eq(users.id, o.userId));
    return o;
  };
  const [x, y] = [await admin(), await admin()];
  expect(await lockAccount(a, b.userId, 'cubaan')).toEqual({ ok: false, reason: 'privileged_lock' });
  expect(await lockAccount(a, x.userId, 'cubaan')).toEqual({ ok: false, reason: 'privileged_lock' });
  expect(await lockAccount(x, y.userId, 'cubaan')).toEqual({ ok: false, reason: 'privileged_lock' });
  for (const id of [b.userId, x.userId, y.userId]) expect((await row(id))!.status).toBe('active');
  expect(await lockAccount(x, b.userId, 'telefon pegawai hilang')).toEqual({ ok: true });
  expect((await row(b.userId))!.status).toBe('locked');
});

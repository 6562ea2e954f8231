/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { auditLog, officerFactors, recoveryCodes, users } from '@/db/schema';
import { grantOfficer } from '@/lib/admin/roles';
import { confirmEnrolment, resetSecondFactor, startEnrolment, verifySecondFactor } from '@/lib/admin/second-factor';
import { lockoutSettings } from '@/lib/auth/lockout';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
// Opening PGlite can take a minute on a busy machine.
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

let serial = 0;
function staff(role: 'user' | 'officer' | 'admin') {
  serial += 1;
  return createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `MF${String(serial).padStart(4, '0')}`,
    email: `mfa${serial}@st.gov.my`,
    status: 'active',
    role,
  });
}

const ip = '192.0.2.20';
// Fixed moments 30 s (one TOTP step) apart, so each test knows which step a code belongs to.
const T0 = Date.UTC(2026, 10, 30, 2, 0, 0);
const at = (step: number) => new Date(T0 + step * 30_000);
const code = (secret: string, when: Date) => generateSync({ secret, epoch: Math.floor(when.getTime() / 1000) });

/** An officer enrolled at step 0; returns the plain secret and the recovery codes. */
async function enrolled(stepOffset = 0) {
  const officer = await staff('officer');
  const ctx = { userId: officer.id, ip, now: at(stepOffset) };
  const started = await startEnrolment(ctx);
  if (!started.ok) throw new Error(started.reason);
  const secret = new URL(started.uri).searchParams.get('secret')!;
  const confirmed = await confirmEnrolment(ctx, code(secret, ctx.now));
  if (!confirmed.ok) throw new Error(confirmed.reason);
  return { officer, secret, codes: confirmed.recoveryCodes };
}

test('enrolment: a sealed secret, a QR code, the first code confirms it and 10 recovery codes are shown once, stored hashed', async () => {
  const officer = await staff('officer');
  const ctx = { userId: officer.id, ip, now: at(0) };
  const started = await startEnrolment(ctx);
  if (!started.ok) throw new Error(started.reason);
  expect(started.uri).toMatch(/^otpauth:\/\/totp\/.*MF\d{4}/);
  expect(started.view.imageSrc).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = new URL(started.uri).searchParams.get('secret')!;
  const [stored] = await t.db.select().from(officerFactors).where(eq(officerFactors.userId, officer.id));
  expect(stored.totpSecret).not.toContain(secret);
  expect(stored.confirmedAt).toBeNull();

  expect(await confirmEnrolment(ctx, '000000')).toMatchObject({ ok: false, reason: 'wrong' });
  const confirmed = await confirmEnrolment(ctx, code(secret, ctx.now));
  if (!confirmed.ok) throw new Error(confirmed.reason);
  expect(confirmed.recoveryCodes).toHaveLength(10);
  const hashes = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, officer.id));
  expect(hashes).toHaveLength(10);
  for (const c of confirmed.recoveryCodes) expect(JSON.stringify(hashes)).not.toContain(c.replaceAll('-', ''));

  expect(await startEnrolment(ctx)).toEqual({ ok: false, reason: 'already_enrolled' });
  const actions = (await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, officer.id))).map((a) => a.action);
  expect(actions).toEqual(['mfa.enrolment_started', 'mfa.failed', 'mfa.enrolled']);
});

test('an applicant cannot enrol', async () => {
  const applicant = await createUser(t.db, { status: 'active' });
  expect(await startEnrolment({ userId: applicant.id, ip })).toEqual({ ok: false, reason: 'not_privileged' });
});

test('a code is accepted once: the confirmation code and a used code are refused, a later step passes', async () => {
  const { officer, secret } = await enrolled();
  const ctx = (step: number) => ({ userId: officer.id, ip, now: at(step) });
  // The confirmation used step 0: the same code, still inside the window, is a replay.
  expect(await verifySecondFactor(ctx(0), code(secret, at(0)))).toMatchObject({ ok: false, reason: 'wrong' });
  expect(await verifySecondFactor(ctx(2), code(secret, at(2)))).toEqual({ ok: true, method: 'totp' });
  expect(await verifySecondFactor(ctx(2), code(secret, at(2)))).toMatchObject({ ok: false, reason: 'wrong' });
  // The step before the one used, though inside the ±1 window, is refused too.
  expect(await verifySecondFactor(ctx(2), code(secret, at(1)))).toMatchObject({ ok: false, reason: 'wrong' });
});

test("each refused code's audit row says whether it was wrong or replayed (mfa.failed, decision 0006), and never the code", async () => {
  const { officer, secret } = await enrolled();
  const ctx = (step: number) => ({ userId: officer.id, ip, now: at(step) });
  const used = code(secret, at(12));
  expect(await verifySecondFactor(ctx(12), used)).toEqual({ ok: true, method: 'totp' });
  expect(await verifySecondFactor(ctx(12), used)).toMatchObject({ ok: false, reason: 'wrong', replayed: true });
  expect(await verifySecondFactor(ctx(12), '000000' === used ? '111111' : '000000')).toMatchObject({ ok: false, reason: 'wrong' });
  const rows = await t.db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, officer.id), eq(auditLog.action, 'mfa.failed')));
  expect(rows.map((r) => (r.details as { reason: string }).reason).sort()).toEqual(['replayed', 'wrong']);
  expect(JSON.stringify(rows)).not.toContain(used);
});

test('two parallel verifications of one code: exactly one succeeds', async () => {
  const { officer, secret } = await enrolled();
  const ctx = { userId: officer.id, ip, now: at(4) };
  const typed = code(secret, at(4));
  const results = await Promise.all([verifySecondFactor(ctx, typed), verifySecondFactor(ctx, typed), verifySecondFactor(ctx, typed)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(
    await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetUserId, officer.id), eq(auditLog.action, 'mfa.verified'))),
  ).toHaveLength(1);
});

test('a recovery code works once, even used twice at the same moment', async () => {
  const { officer, codes } = await enrolled();
  const ctx = { userId: officer.id, ip, now: at(6) };
  const typed = codes[3].toLowerCase().replaceAll('-', ' ');
  const results = await Promise.all([verifySecondFactor(ctx, typed), verifySecondFactor(ctx, typed)]);
  expect(results.filter((r) => r.ok)).toEqual([{ ok: true, method: 'recovery_code', recoveryCodesLeft: 9 }]);
  expect(await verifySecondFactor(ctx, codes[3])).toMatchObject({ ok: false, reason: 'wrong' });
  expect(await verifySecondFactor(ctx, codes[4])).toMatchObject({ ok: true, method: 'recovery_code' });
});

test('wrong codes count in the same lockout as passwords', async () => {
  const { officer } = await enrolled();
  const ctx = { userId: officer.id, ip, now: at(8) };
  const { threshold } = lockoutSettings();
  const results = [];
  for (let i = 0; i < threshold; i += 1) results.push(await verifySecondFactor(ctx, '123456'));
  expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
  expect(await verifySecondFactor(ctx, '654321')).toMatchObject({ ok: false, reason: 'locked' });
});

test("an administrator's reset removes the factor, ends the officer's sessions and forces a new enrolment", async () => {
  const admin = await staff('admin');
  const other = await staff('officer');
  const { officer, secret } = await enrolled();
  const [before] = await t.db.select().from(users).where(eq(users.id, officer.id));

  expect(await resetSecondFactor({ userId: other.id, ip }, officer.id)).toEqual({ ok: false, reason: 'forbidden' });
  expect(await resetSecondFactor({ userId: admin.id, ip }, admin.id)).toEqual({ ok: false, reason: 'self' });
  expect(await resetSecondFactor({ userId: admin.id, ip }, officer.id)).toEqual({ ok: true });

  const [after] = await t.db.select().from(users).where(eq(users.id, officer.id));
  expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  expect(await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, officer.id))).toEqual([]);
  const ctx = { userId: officer.id, ip, now: at(10) };
  expect(await verifySecondFactor(ctx, code(secret, at(10)))).toEqual({ ok: false, reason: 'not_enrolled' });
  expect(await startEnrolment(ctx)).toMatchObject({ ok: true });
  const [row] = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, officer.id), eq(auditLog.action, 'admin.second_factor_reset')));
  expect(row).toMatchObject({ actorUserId: admin.id, ip });
});

test('an officer whose role was revoked can no longer verify', async () => {
  const admin = await staff('admin');
  const { officer, secret } = await enrolled();
  await grantOfficer({ userId: admin.id, ip }, officer.id); // already an officer: unchanged
  await t.db.update(users).set({ role: 'user' }).where(eq(users.id, officer.id));
  expect(await verifySecondFactor({ userId: officer.id, ip, now: at(12) }, code(secret, at(12)))).toEqual({
    ok: false,
    reason: 'not_privileged',
  });
});

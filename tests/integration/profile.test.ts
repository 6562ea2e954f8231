/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { getAccountInfo, getProfile, isProfileComplete } from '@/db/queries/profiles';
import { upsertCompanyRecord } from '@/db/queries/company-records';
import { auditLog, emailChangeRequests, emailOutbox, users } from '@/db/schema';
import { confirmEmailChange, EMAIL_CHANGE_DAILY_LIMIT, inspectEmailChange } from '@/lib/accounts/profile/email-change';
import { saveProfile, saveProfileForm } from '@/lib/accounts/profile/save-profile';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, kickOutbox } from '@/lib/mail/outbox';
import { lookupPostcode } from '@/lib/profile/postcodes';
import type { IndividuProfileInput, OrganisationProfileInput, ProfileInput, StaffProfileInput } from '@/lib/validation/profile';
import type { ProfileFormValues } from '@/lib/validation/profile-fields';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
let resend: FakeResend;
const IP = '203.0.113.77';
const LINK_BASE = 'https://ecos.example.my';
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await freshDatabase();
  resend = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_profile';
  process.env.RESEND_BASE_URL = resend.url;
  resetEnv();
});
beforeEach(async () => {
  await kickOutbox();
  resend.messages.length = 0;
});
afterAll(async () => {
  await kickOutbox();
  await t.close();
  await resend.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnv();
});

const active = { status: 'active' as const, pendingSteps: [], passwordIsGenerated: false };

const individuInput = (overrides: Partial<IndividuProfileInput> = {}): IndividuProfileInput => ({
  userType: 'individu',
  name: 'HUSAINI BIN ISMAIL KHAMIS',
  citizen: true,
  idKind: 'mykad',
  address1: 'No. 12, Jalan Tun Hussein',
  address2: 'Presint 2',
  address3: null,
  postcode: '62100',
  city: 'Putrajaya',
  state: 'W.P. Putrajaya',
  phone: '60388708500',
  mobile: '601312345678',
  fax: null,
  ...overrides,
});

const organisationInput = (
  userType: 'syarikat' | 'institusi',
  overrides: Partial<OrganisationProfileInput> = {},
): OrganisationProfileInput => ({
  userType,
  address1: 'Lot 5, Jalan Kilang',
  address2: null,
  address3: null,
  postcode: '43000',
  city: 'Kajang',
  state: 'Selangor',
  phone: '60387341234',
  mobile: null,
  fax: '60387341235',
  contactName: 'SITI BINTI AHMAD',
  contactMyKad: '850203145672',
  contactPhone: '60123456789',
  ...overrides,
});

// createUser's password: a new e-mail asks for it (email-change-cancel.test.ts covers a wrong or missing one).
const save = (userId: string, input: ProfileInput, now?: Date) =>
  saveProfile({ userId, input, currentPassword: 'dhW51Frg', ip: IP, linkBase: LINK_BASE, now });

const emailOf = async (id: string) => (await t.db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0].email;
const audits = (id: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, action)));

/** Delivers what is due through the real Resend SDK to the local fake, and returns what reached `to`. */
async function delivered(to: string) {
  await kickOutbox();
  await deliverDueEmails();
  return resend.messages.filter((m) => [m.body.to].flat().includes(to));
}

function tokenFrom(text: string | undefined): string {
  const match = /\/profil\/emel\/([A-Za-z0-9_-]{43})/.exec(text ?? '');
  if (!match) throw new Error('no confirmation link in the e-mail');
  return match[1];
}

describe('saving completes the profile (one per type)', () => {
  test('Individu: the row holds the MyKad as the id number, completedAt is set once, a new name reaches the account', async () => {
    const user = await createUser(t.db, { ...active, name: 'HUSAINI BIN ISMAIL' });
    expect(await isProfileComplete(t.db, user.id)).toBe(false);

    const first = new Date('2026-03-01T02:00:00Z');
    expect(await save(user.id, individuInput(), first)).toEqual({ ok: true, firstCompletion: true, emailChange: null, linkSent: false });
    const profile = await getProfile(t.db, user.id);
    expect(profile).toMatchObject({
      citizen: true,
      idKind: 'mykad',
      idNumber: user.loginId,
      postcode: '62100',
      city: 'Putrajaya',
      state: 'W.P. Putrajaya',
      phone: '60388708500',
      mobile: '601312345678',
      fax: null,
      contactName: null,
      completedAt: first,
      declaredAt: first,
    });
    expect(await isProfileComplete(t.db, user.id)).toBe(true);
    const [row] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row.name).toBe('HUSAINI BIN ISMAIL KHAMIS');

    const later = new Date('2026-03-02T02:00:00Z');
    expect(await save(user.id, individuInput({ fax: '60388888637' }), later)).toMatchObject({ ok: true, firstCompletion: false });
    expect(await getProfile(t.db, user.id)).toMatchObject({ fax: '60388888637', completedAt: first, declaredAt: later, updatedAt: later });
    const saved = await audits(user.id, 'profile.saved');
    expect(saved.map((a) => a.details)).toEqual([
      { userType: 'individu', firstCompletion: true, nameChanged: true, emailChangeRequested: false },
      { userType: 'individu', firstCompletion: false, nameChanged: false, emailChangeRequested: false },
    ]);
    expect(saved.every((a) => a.ip === IP && a.actorUserId === user.id)).toBe(true);
  });

  test.each(['syarikat', 'institusi'] as const)(
    '%s: address, phones and the contact person; the registered name stays',
    async (userType) => {
      const user = await createUser(t.db, {
        ...active,
        userType,
        idType: userType === 'syarikat' ? 'ssm_new' : 'institusi',
        loginId: `ORG${userType.toUpperCase()}1`,
        name: 'CONTOH SDN BHD',
      });
      expect(await save(user.id, organisationInput(userType))).toMatchObject({ ok: true, firstCompletion: true });
      expect(await getProfile(t.db, user.id)).toMatchObject({
        address1: 'Lot 5, Jalan Kilang',
        state: 'Selangor',
        contactName: 'SITI BINTI AHMAD',
        contactMyKad: '850203145672',
        contactPhone: '60123456789',
        idNumber: null,
        citizen: null,
      });
      expect((await t.db.select({ name: users.name }).from(users).where(eq(users.id, user.id)))[0].name).toBe('CONTOH SDN BHD');
      expect(await isProfileComplete(t.db, user.id)).toBe(true);
    },
  );

  test('Kakitangan: name, office and phone', async () => {
    const user = await createUser(t.db, {
      ...active,
      userType: 'kakitangan',
      idType: 'staff',
      loginId: 'ST12345',
      email: 'aminah@st.gov.my',
    });
    const input: StaffProfileInput = {
      userType: 'kakitangan',
      name: 'AMINAH BINTI ALI',
      office: 'Jabatan Kawal Selia Elektrik',
      phone: '60388708500',
    };
    expect(await save(user.id, input)).toMatchObject({ ok: true, firstCompletion: true });
    expect(await getProfile(t.db, user.id)).toMatchObject({ office: 'Jabatan Kawal Selia Elektrik', phone: '60388708500', address1: null });
    expect((await t.db.select({ name: users.name }).from(users).where(eq(users.id, user.id)))[0].name).toBe('AMINAH BINTI ALI');
  });

  test('a form of another type than the account is refused and nothing is written', async () => {
    const user = await createUser(t.db, active);
    expect(await save(user.id, organisationInput('syarikat'))).toEqual({ ok: false, reason: 'type_mismatch' });
    expect(await getProfile(t.db, user.id)).toBeUndefined();
  });
});

describe('a change of e-mail waits for the link sent to the new address', () => {
  test('confirm: the account changes only when the owner uses the link; both addresses are told; the link works once', async () => {
    const user = await createUser(t.db, active);
    const now = new Date('2026-04-01T01:00:00Z');
    const result = await save(user.id, { ...individuInput(), email: 'baru@contoh.com.my' }, now);
    expect(result).toEqual({
      ok: true,
      firstCompletion: true,
      emailChange: { newEmail: 'baru@contoh.com.my', expiresAt: new Date(now.getTime() + 24 * HOUR) },
      linkSent: true,
    });
    expect(await emailOf(user.id)).toBe(user.email);
    // The profile is complete whatever the link's fate: the account still has a working address.
    expect(await isProfileComplete(t.db, user.id)).toBe(true);

    const [confirmMail] = await delivered('baru@contoh.com.my');
    expect(confirmMail.body.subject).toBe('Sahkan emel baru akaun ECOS anda / Confirm the new e-mail of your ECOS account');
    expect(confirmMail.body.text).toContain(`${LINK_BASE}/profil/emel/`);
    expect(confirmMail.body.text).not.toContain(user.loginId);
    const token = tokenFrom(confirmMail.body.text);
    // Only a hash is stored.
    const stored = await t.db
      .select({ tokenHash: emailChangeRequests.tokenHash })
      .from(emailChangeRequests)
      .where(eq(emailChangeRequests.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);

    const at = new Date(now.getTime() + HOUR);
    expect(await inspectEmailChange({ userId: user.id, token, now: at })).toMatchObject({ ok: true, newEmail: 'baru@contoh.com.my' });
    // Opening the page changed nothing.
    expect(await emailOf(user.id)).toBe(user.email);

    const other = await createUser(t.db, active);
    expect(await confirmEmailChange({ userId: other.id, token, ip: IP, linkBase: LINK_BASE, now: at })).toEqual({
      ok: false,
      reason: 'invalid',
    });

    expect(await confirmEmailChange({ userId: user.id, token, ip: IP, linkBase: LINK_BASE, now: at })).toEqual({
      ok: true,
      newEmail: 'baru@contoh.com.my',
    });
    expect(await emailOf(user.id)).toBe('baru@contoh.com.my');
    expect(await confirmEmailChange({ userId: user.id, token, ip: IP, linkBase: LINK_BASE, now: at })).toEqual({
      ok: false,
      reason: 'used',
    });
    expect(await audits(user.id, 'profile.email_changed')).toHaveLength(1);

    // The old address heard of the request when it was made, then of the change, each time with a way back.
    const [requestNotice, oldNotice] = await delivered(user.email);
    expect(requestNotice.body.subject).toBe('Permintaan menukar emel akaun ECOS anda / Request to change the e-mail of your ECOS account');
    expect(requestNotice.body.text).toContain(`${LINK_BASE}/batal-tukar-emel/`);
    expect(oldNotice.body.subject).toBe('Emel akaun ECOS anda telah ditukar / The e-mail of your ECOS account has been changed');
    expect(oldNotice.body.text).toContain('b***@contoh.com.my');
    expect(oldNotice.body.text).toContain(`${LINK_BASE}/batal-tukar-emel/`);
    const toNew = await delivered('baru@contoh.com.my');
    expect(toNew.map((m) => m.body.subject)).toEqual([confirmMail.body.subject, oldNotice.body.subject]);
    // The way back is the old address's alone.
    expect(toNew[1].body.text).not.toContain('/batal-tukar-emel/');
  });

  test('expired: a link past its 24 hours changes nothing', async () => {
    const user = await createUser(t.db, active);
    const now = new Date('2026-04-02T01:00:00Z');
    await save(user.id, { ...individuInput(), email: 'lambat@contoh.com.my' }, now);
    const token = tokenFrom((await delivered('lambat@contoh.com.my'))[0]?.body.text);
    const late = new Date(now.getTime() + 24 * HOUR + 1000);
    expect(await inspectEmailChange({ userId: user.id, token, now: late })).toEqual({ ok: false, reason: 'expired' });
    expect(await confirmEmailChange({ userId: user.id, token, ip: IP, linkBase: LINK_BASE, now: late })).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  test('a newer request replaces the older link; saving again with the pending address sends nothing more; the current address withdraws it', async () => {
    const user = await createUser(t.db, active);
    await save(user.id, { ...individuInput(), email: 'satu@contoh.com.my' });
    const first = tokenFrom((await delivered('satu@contoh.com.my'))[0]?.body.text);
    await save(user.id, { ...individuInput(), email: 'dua@contoh.com.my' });
    const second = tokenFrom((await delivered('dua@contoh.com.my'))[0]?.body.text);
    expect(await confirmEmailChange({ userId: user.id, token: first, ip: IP, linkBase: LINK_BASE })).toEqual({ ok: false, reason: 'used' });

    expect(await save(user.id, { ...individuInput(), email: 'dua@contoh.com.my' })).toMatchObject({
      ok: true,
      linkSent: false,
      emailChange: { newEmail: 'dua@contoh.com.my' },
    });
    expect(await delivered('dua@contoh.com.my')).toHaveLength(1);

    expect(await save(user.id, { ...individuInput(), email: user.email })).toMatchObject({ ok: true, emailChange: null });
    expect(await confirmEmailChange({ userId: user.id, token: second, ip: IP, linkBase: LINK_BASE })).toEqual({
      ok: false,
      reason: 'used',
    });
    expect(await audits(user.id, 'profile.email_change_withdrawn')).toHaveLength(1);
    expect(await emailOf(user.id)).toBe(user.email);
  });

  test(`at most ${EMAIL_CHANGE_DAILY_LIMIT} requests a day: the next is refused and the profile is left as it was`, async () => {
    const user = await createUser(t.db, active);
    const now = new Date('2026-04-03T01:00:00Z');
    for (let i = 0; i < EMAIL_CHANGE_DAILY_LIMIT; i += 1) {
      expect(await save(user.id, { ...individuInput(), email: `cuba${i}@contoh.com.my` }, now)).toMatchObject({ ok: true, linkSent: true });
    }
    expect(await save(user.id, { ...individuInput({ fax: '60388888637' }), email: 'lagi@contoh.com.my' }, now)).toEqual({
      ok: false,
      reason: 'email_change_limit',
    });
    expect((await getProfile(t.db, user.id))?.fax).toBeNull();
    expect(await save(user.id, { ...individuInput(), email: 'lagi@contoh.com.my' }, new Date(now.getTime() + 25 * HOUR))).toMatchObject({
      ok: true,
      linkSent: true,
    });
  });

  test('a link that is not one of ours is invalid without a query', async () => {
    const user = await createUser(t.db, active);
    expect(await inspectEmailChange({ userId: user.id, token: 'bukan-token' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await confirmEmailChange({ userId: user.id, token: 'A'.repeat(43), ip: IP, linkBase: LINK_BASE })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('a company whose e-mail ST holds cannot change it here (requirements §1.5)', () => {
  test('the change is refused and nothing is written; the rest of the profile saves without the e-mail', async () => {
    await upsertCompanyRecord(t.db, {
      ssmNew: '201901000005',
      ssmOld: '123456A',
      name: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
      email: 'rekod@contoh-elektrik.com.my',
      source: 'Kontraktor',
      fileNo: null,
    });
    // Registered with the old SSM number: the record holds both.
    const user = await createUser(t.db, {
      ...active,
      userType: 'syarikat',
      idType: 'ssm_old',
      loginId: '123456A',
      email: 'rekod@contoh-elektrik.com.my',
    });
    const outboxBefore = await t.db.select().from(emailOutbox);
    expect(await save(user.id, { ...organisationInput('syarikat'), email: 'lain@contoh.com.my' })).toEqual({
      ok: false,
      reason: 'email_locked',
    });
    expect(await getProfile(t.db, user.id)).toBeUndefined();
    expect(await t.db.select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(emailOutbox)).toHaveLength(outboxBefore.length);

    expect(await save(user.id, organisationInput('syarikat'))).toMatchObject({ ok: true, firstCompletion: true, emailChange: null });
    expect(await emailOf(user.id)).toBe('rekod@contoh-elektrik.com.my');
  });

  test('a record put on file after the request stops the link from changing the e-mail', async () => {
    const user = await createUser(t.db, {
      ...active,
      userType: 'syarikat',
      idType: 'ssm_new',
      loginId: '202001000777',
      email: 'asal@syarikat.com.my',
    });
    await save(user.id, { ...organisationInput('syarikat'), email: 'baru@syarikat.com.my' });
    const token = tokenFrom((await delivered('baru@syarikat.com.my'))[0]?.body.text);
    await upsertCompanyRecord(t.db, {
      ssmNew: '202001000777',
      ssmOld: null,
      name: 'SYARIKAT BARU',
      email: 'asal@syarikat.com.my',
      source: 'Pepasangan',
      fileNo: null,
    });
    expect(await confirmEmailChange({ userId: user.id, token, ip: IP, linkBase: LINK_BASE })).toEqual({
      ok: false,
      reason: 'email_locked',
    });
    expect(await emailOf(user.id)).toBe('asal@syarikat.com.my');
  });
});

describe('the form as submitted: the account decides what it holds (saveProfileForm)', () => {
  const individuForm = (email: string, overrides: ProfileFormValues = {}): ProfileFormValues => ({
    name: 'HUSAINI BIN ISMAIL KHAMIS',
    citizen: 'ya',
    idKind: 'mykad',
    address1: 'No. 12, Jalan Tun Hussein',
    address2: '',
    address3: '',
    postcode: '62100',
    city: 'Putrajaya',
    state: 'W.P. Putrajaya',
    email,
    phone: '03-8870 8500',
    mobile: '013-1234 5678',
    fax: '',
    declare: 'on',
    ...overrides,
  });
  const submit = (userId: string, values: ProfileFormValues, currentPassword = '') =>
    saveProfileForm({ userId, values, currentPassword, ip: IP, linkBase: LINK_BASE });

  test("another type's fields are dropped; an empty Bandar and Negeri are filled from a known Poskod, to be confirmed", async () => {
    const user = await createUser(t.db, active);
    const match = lookupPostcode('62100')!;
    const result = await submit(user.id, { ...individuForm(user.email, { city: '', state: '' }), office: 'Jabatan Lain' });
    expect(result).toEqual({
      ok: false,
      reason: 'filled',
      values: individuForm(user.email, { city: match.cities[0], state: match.state }),
      errors: {},
      filledPostcode: '62100',
      chosenFor: '62100',
    });
    expect(await getProfile(t.db, user.id)).toBeUndefined();
  });

  test('every problem at once: a new e-mail without Katalaluan Semasa is one of them, an unchanged one is not', async () => {
    const user = await createUser(t.db, active);
    expect(await submit(user.id, individuForm('baru@contoh.com.my', { phone: '' }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: { phone: 'profile.errors.phoneRequired' },
      passwordRequired: true,
    });
    expect(await submit(user.id, individuForm(user.email, { phone: '' }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      passwordRequired: false,
    });
    expect(await getProfile(t.db, user.id)).toBeUndefined();
  });

  test('a refusal keeps the answers; a save comes back as stored, with a new e-mail shown as waiting for its link', async () => {
    const user = await createUser(t.db, active);
    expect(await submit(user.id, individuForm('baru@contoh.com.my'))).toEqual({
      ok: false,
      reason: 'password_required',
      values: individuForm('baru@contoh.com.my'),
      chosenFor: '62100',
    });

    const saved = await submit(user.id, individuForm('baru@contoh.com.my'), 'dhW51Frg');
    expect(saved).toMatchObject({ ok: true, firstCompletion: true, linkSent: true, emailChange: { newEmail: 'baru@contoh.com.my' } });
    expect(saved.values).toMatchObject({ email: 'baru@contoh.com.my', phone: '60388708500', declare: '' });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  test('a company whose e-mail ST holds: the e-mail it sends is ignored and the rest saves', async () => {
    await upsertCompanyRecord(t.db, {
      ssmNew: '201901000555',
      ssmOld: null,
      name: 'SYARIKAT REKOD SDN BHD',
      email: 'rekod@syarikat-rekod.com.my',
      source: 'Kontraktor',
      fileNo: null,
    });
    const user = await createUser(t.db, {
      ...active,
      userType: 'syarikat',
      idType: 'ssm_new',
      loginId: '201901000555',
      email: 'rekod@syarikat-rekod.com.my',
    });
    const form: ProfileFormValues = {
      address1: 'Lot 5, Jalan Kilang',
      postcode: '43000',
      city: 'Kajang',
      state: 'Selangor',
      email: 'lain@contoh.com.my',
      phone: '03-8734 1234',
      contactName: 'SITI BINTI AHMAD',
      contactMyKad: '850203145672',
      contactPhone: '012-345 6789',
      declare: 'on',
    };
    expect(await submit(user.id, form)).toMatchObject({
      ok: true,
      emailChange: null,
      values: { email: 'rekod@syarikat-rekod.com.my', city: 'Kajang' },
    });
    expect(await emailOf(user.id)).toBe('rekod@syarikat-rekod.com.my');
  });

  test('an account that is gone is not_found, with the answers as sent', async () => {
    const values = individuForm('x@contoh.com.my');
    expect(await submit('00000000-0000-4000-8000-000000000000', values)).toEqual({ ok: false, reason: 'not_found', values });
  });
});

test('Maklumat Pengguna: registration, this and the previous log-in, and the terms consent', async () => {
  const user = await createUser(t.db, { ...active, lastLoginAt: new Date('2026-05-02T01:00:00Z'), lastLoginIp: '198.51.100.2' });
  await t.db.insert(auditLog).values([
    { action: 'auth.login', targetUserId: user.id, actorUserId: user.id, ip: '198.51.100.1', at: new Date('2026-05-01T01:00:00Z') },
    { action: 'auth.login', targetUserId: user.id, actorUserId: user.id, ip: '198.51.100.2', at: new Date('2026-05-02T01:00:00Z') },
  ]);
  const info = await getAccountInfo(t.db, user.id);
  expect(info).toMatchObject({
    loginId: user.loginId,
    userType: 'individu',
    email: user.email,
    lastLoginAt: new Date('2026-05-02T01:00:00Z'),
    lastLoginIp: '198.51.100.2',
    previousLogin: { at: new Date('2026-05-01T01:00:00Z'), ip: '198.51.100.1' },
    consent: null,
  });
  expect(info?.createdAt).toBeInstanceOf(Date);
});

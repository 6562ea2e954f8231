/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { auditLog, companyRecords, loginThrottles } from '@/db/schema';
import { registerAccount } from '@/lib/accounts/register';
import {
  createCompanyRecord,
  formValues,
  importCompanyCsv,
  updateCompanyEmail,
  updateCompanyRecord,
  type CompanyFormValues,
} from '@/lib/admin/company-records';
import { resetEnv } from '@/lib/config/env';
import { listDevMailbox } from '@/lib/mail/dev-mailbox';
import { kickOutbox } from '@/lib/mail/outbox';
import { parseRegistration } from '@/lib/validation/register';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
beforeAll(async () => {
  process.env.REGISTER_RATE_PER_HOUR = '100000';
  process.env.REGISTER_EMAILS_PER_DAY = '100000';
  resetEnv();
  t = await freshDatabase();
}, 180_000);
afterEach(() => kickOutbox());
afterAll(async () => {
  await t.close();
  delete process.env.REGISTER_RATE_PER_HOUR;
  delete process.env.REGISTER_EMAILS_PER_DAY;
  resetEnv();
});

const ip = '192.0.2.44';
const PASSWORD = 'Pegawai2026x';
let serial = 0;
async function officer() {
  serial += 1;
  const row = await createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `RS${String(serial).padStart(4, '0')}`,
    email: `rekod${serial}@st.gov.my`,
    status: 'active',
    pendingSteps: [],
    role: 'officer',
    password: PASSWORD,
  });
  return { userId: row.id, ip, loginId: row.loginId };
}

const values = (overrides: Partial<CompanyFormValues> = {}): CompanyFormValues =>
  formValues({
    ssmNew: '201901000005',
    ssmOld: '',
    name: 'Syarikat Contoh Elektrik Sdn Bhd',
    email: 'Rekod@Contoh-Elektrik.com.my',
    source: 'kontraktor',
    fileNo: 'st/ktr/b/0001',
    ...overrides,
  });
const record = async (id: string) => (await t.db.select().from(companyRecords).where(eq(companyRecords.id, id)))[0];
const auditOf = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('adding and editing a record', () => {
  test('a record is held to the CSV row rule, stored normalised and audited', async () => {
    const me = await officer();
    const bad = await createCompanyRecord(me, values({ ssmNew: '2019-01', name: '', email: 'not-an-email', source: 'Lain' }));
    expect(bad).toEqual({
      ok: false,
      reason: 'invalid',
      errors: {
        ssmNew: [{ key: 'register.errors.ssmFormat' }],
        name: [{ key: 'register.errors.nameRequired' }],
        email: [{ key: 'register.errors.emailFormat' }],
        source: [{ key: 'admin.csv.sourceUnknown', vars: { sources: 'Kontraktor, Pepasangan, Pelesenan' } }],
      },
    });
    expect(await t.db.select().from(companyRecords)).toHaveLength(0);

    const created = await createCompanyRecord(me, values({ ssmNew: '2019-01-000006' }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await record(created.id)).toMatchObject({
      ssmNew: '201901000006',
      name: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
      email: 'rekod@contoh-elektrik.com.my',
      source: 'Kontraktor',
      fileNo: 'ST/KTR/B/0001',
      version: 1,
    });
    expect((await auditOf('admin.company_record_created')).filter((a) => a.details?.recordId === created.id)).toEqual([
      expect.objectContaining({ actorUserId: me.userId, ip }),
    ]);
    // Another record with the same number: refused beside the field.
    expect(await createCompanyRecord(me, values({ ssmNew: '201901000006' }))).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { ssmNew: [{ key: 'adminCompanies.errors.ssmTaken' }] },
    });
  });

  test('two officers saving the same version: one save, the other refused, nothing overwritten silently', async () => {
    const [a, b] = [await officer(), await officer()];
    const created = await createCompanyRecord(a, values({ ssmNew: '201901000007' }));
    if (!created.ok) throw new Error('not created');
    const { email: _email, ...details } = values({ ssmNew: '201901000007' });
    void _email;
    const results = await Promise.all([
      updateCompanyRecord(a, created.id, 1, { ...details, name: 'Syarikat A Sdn Bhd' }),
      updateCompanyRecord(b, created.id, 1, { ...details, name: 'Syarikat B Sdn Bhd' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
    const after = await record(created.id);
    expect(after.version).toBe(2);
    expect(['SYARIKAT A SDN BHD', 'SYARIKAT B SDN BHD']).toContain(after.name);
    expect((await auditOf('admin.company_record_updated')).filter((r) => r.details?.recordId === created.id)).toHaveLength(1);

    // Read again: the save at the new version goes through.
    expect(await updateCompanyRecord(b, created.id, 2, { ...details, name: 'Syarikat B Sdn Bhd' })).toMatchObject({ ok: true });
    expect(await record(created.id)).toMatchObject({ name: 'SYARIKAT B SDN BHD', version: 3 });
  });

  test('an edit cannot take another record’s SSM number; an applicant is refused', async () => {
    const me = await officer();
    const one = await createCompanyRecord(me, values({ ssmNew: '201901000008' }));
    const two = await createCompanyRecord(me, values({ ssmNew: '201901000009' }));
    if (!one.ok || !two.ok) throw new Error('not created');
    const { email: _e, ...details } = values({ ssmNew: '201901000008' });
    void _e;
    expect(await updateCompanyRecord(me, two.id, 1, details)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { ssmNew: [{ key: 'adminCompanies.errors.ssmTaken' }] },
    });
    const applicant = await createUser(t.db, { status: 'active', pendingSteps: [] });
    expect(await updateCompanyRecord({ userId: applicant.id, ip }, two.id, 1, { ...details, ssmNew: '201901000009' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await createCompanyRecord({ userId: applicant.id, ip }, values({ ssmNew: '201901000010' }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe("the company's e-mail (requirements §1.5)", () => {
  const company = (email: string) =>
    parseRegistration('syarikat', { name: 'Syarikat Emel Baru Sdn Bhd', ssm: '202001000011', email }, { staffEmailDomain: 'st.gov.my' });

  test('a wrong password is refused and counted in the lockout; nothing changes, nothing is sent', async () => {
    const me = await officer();
    const created = await createCompanyRecord(me, values({ ssmNew: '202001000012', email: 'lama12@contoh.com.my' }));
    if (!created.ok) throw new Error('not created');
    const result = await updateCompanyEmail(me, { id: created.id, version: 1, email: 'baru12@contoh.com.my', password: 'Salah2026x' });
    expect(result).toEqual({ ok: false, reason: 'invalid', errors: { password: [{ key: 'adminCompanies.errors.passwordWrong' }] } });
    expect(await record(created.id)).toMatchObject({ email: 'lama12@contoh.com.my', version: 1 });
    const [throttle] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, me.loginId));
    expect(throttle.failures).toBe(1);
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'admin.company_email_password_wrong'), eq(auditLog.targetUserId, me.userId))),
    ).toHaveLength(1);
    // No password, or the same address: refused before any attempt is counted.
    expect(await updateCompanyEmail(me, { id: created.id, version: 1, email: 'lama12@contoh.com.my', password: '' })).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { email: [{ key: 'adminCompanies.errors.emailUnchanged' }], password: [{ key: 'adminCompanies.errors.passwordRequired' }] },
    });
    expect((await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, me.loginId)))[0].failures).toBe(1);
  });

  test('the update e-mails the old and the new address; then registration refuses the old and accepts the new', async () => {
    const me = await officer();
    const created = await createCompanyRecord(me, values({ ssmNew: '202001000011', email: 'lama@contoh-emel.com.my' }));
    if (!created.ok) throw new Error('not created');

    const result = await updateCompanyEmail(me, { id: created.id, version: 1, email: ' Baru@Contoh-Emel.com.my ', password: PASSWORD });
    expect(result).toMatchObject({ ok: true, record: { email: 'baru@contoh-emel.com.my', version: 2 } });
    await kickOutbox();
    const mail = await listDevMailbox({ limit: 500 });
    const toOld = mail.filter((m) => m.to === 'lama@contoh-emel.com.my');
    const toNew = mail.filter((m) => m.to === 'baru@contoh-emel.com.my');
    expect(toOld).toHaveLength(1);
    expect(toNew).toHaveLength(1);
    expect(toOld[0].subject).toBe('Makluman kemaskini emel syarikat / Company e-mail updated');
    expect(toOld[0].text).toContain('tidak lagi boleh dibuat dengan emel ini');
    expect(toNew[0].text).toContain('hanya boleh dibuat dengan emel ini');
    expect(toNew[0].text).toContain('b***@contoh-emel.com.my');
    expect((await auditOf('admin.company_email_updated')).filter((a) => a.details?.recordId === created.id)).toEqual([
      expect.objectContaining({
        actorUserId: me.userId,
        details: expect.objectContaining({ from: 'lama@contoh-emel.com.my', to: 'baru@contoh-emel.com.my' }),
      }),
    ]);

    // A form read before the change is refused, whatever it carries.
    expect(await updateCompanyEmail(me, { id: created.id, version: 1, email: 'lain@contoh-emel.com.my', password: PASSWORD })).toEqual({
      ok: false,
      reason: 'conflict',
    });

    const old = company('lama@contoh-emel.com.my');
    const fresh = company('baru@contoh-emel.com.my');
    if (!old.ok || !fresh.ok) throw new Error('invalid test input');
    expect(await registerAccount(old.data, { ip })).toEqual({ ok: false, reason: 'company_email_mismatch' });
    expect(await registerAccount(fresh.data, { ip })).toMatchObject({ ok: true });
  });
});

describe('CSV import', () => {
  const HEADER = 'ssm_new,ssm_old,name,email,source,file_no';
  const csv = (...rows: string[]) => ({ bytes: new TextEncoder().encode([HEADER, ...rows].join('\n')), name: 'rekod.csv' });
  const good1 = '202101000021,,Syarikat Satu Sdn Bhd,satu@contoh.com.my,Kontraktor,';
  const good2 = '202101000022,,Syarikat Dua Sdn Bhd,dua@contoh.com.my,Pelesenan,ST/PLS/0002';
  const bad = '202101000023,,Syarikat Tiga Sdn Bhd,bukan-emel,Kontraktor,';
  const count = async (ssm: string) => (await t.db.select().from(companyRecords).where(eq(companyRecords.ssmNew, ssm))).length;

  test('a file with a rejected row imports nothing, unless the officer chose the valid rows', async () => {
    const me = await officer();
    const file = csv(good1, bad, good2);
    const blocked = await importCompanyCsv(me, file, false);
    expect(blocked).toEqual({
      ok: true,
      report: {
        accepted: 2,
        rejected: 1,
        rejectedRows: [{ row: 3, problems: [{ field: 'email', key: 'register.errors.emailFormat' }] }],
        blocked: true,
      },
    });
    expect(await count('202101000021')).toBe(0);
    expect(await auditOf('admin.company_csv_imported')).toHaveLength(0);

    const imported = await importCompanyCsv(me, file, true);
    expect(imported).toMatchObject({ ok: true, report: { blocked: false, imported: { inserted: 2, updated: 0 } } });
    expect(await count('202101000021')).toBe(1);
    expect(await count('202101000023')).toBe(0);
    expect(await auditOf('admin.company_csv_imported')).toEqual([
      expect.objectContaining({
        actorUserId: me.userId,
        details: expect.objectContaining({ bytes: file.bytes.byteLength, accepted: 2, rejected: 1, inserted: 2, updated: 0 }),
      }),
    ]);
  });

  test('a clean file imports whole; a re-import updates and moves the version on', async () => {
    const me = await officer();
    const first = await importCompanyCsv(me, csv('202101000031,,Syarikat Empat Sdn Bhd,empat@contoh.com.my,Pepasangan,'), false);
    expect(first).toMatchObject({ ok: true, report: { imported: { inserted: 1, updated: 0 } } });
    const [before] = await t.db.select().from(companyRecords).where(eq(companyRecords.ssmNew, '202101000031'));
    const again = await importCompanyCsv(me, csv('202101000031,,Syarikat Empat Baru Sdn Bhd,empat@contoh.com.my,Pepasangan,'), false);
    expect(again).toMatchObject({ ok: true, report: { imported: { inserted: 0, updated: 1 } } });
    expect(await record(before.id)).toMatchObject({ name: 'SYARIKAT EMPAT BARU SDN BHD', version: before.version + 1 });
  });

  test('a file that is not UTF-8 or has the wrong columns is refused whole', async () => {
    const me = await officer();
    const latin1 = {
      bytes: Uint8Array.from([...new TextEncoder().encode(`${HEADER}\n202101000041,,Syarikat `), 0xe9, 0x0a]),
      name: 'x.csv',
    };
    expect(await importCompanyCsv(me, latin1, true)).toEqual({ ok: false, reason: 'file', problems: [{ key: 'admin.csv.notUtf8' }] });
    const wrong = { bytes: new TextEncoder().encode('ssm,name\n1,2\n'), name: 'x.csv' };
    expect(await importCompanyCsv(me, wrong, true)).toMatchObject({ ok: false, reason: 'file' });
  });
});

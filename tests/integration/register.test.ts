/** @jest-environment node */
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, companyRecords, emailOutbox, users } from '@/db/schema';
import { registerAccount } from '@/lib/accounts/register';
import { resetEnv } from '@/lib/config/env';
import { verifySecret } from '@/lib/crypto/argon';
import { listDevMailbox } from '@/lib/mail/dev-mailbox';
import { deliverDueEmails, kickOutbox } from '@/lib/mail/outbox';
import { parseRegistration, type RegisterUserType, type RegistrationInput } from '@/lib/validation/register';
import { startFakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const HOUR = 3_600_000;
const IP = '203.0.113.7';
let t: TestDatabase;

beforeAll(async () => {
  // These tests register many accounts from one address and reuse addresses: the caps have their own file.
  process.env.REGISTER_RATE_PER_HOUR = '100000';
  process.env.REGISTER_EMAILS_PER_DAY = '100000';
  resetEnv();
  t = await freshDatabase();
  await t.db.insert(companyRecords).values({
    ssmNew: '201901000005',
    ssmOld: '123456A',
    name: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
    email: 'rekod@contoh-elektrik.com.my',
    source: 'Kontraktor',
  });
});
// Delivery runs in the background after each registration: let it finish before the database closes.
afterEach(() => kickOutbox());
afterAll(async () => {
  await t.close();
  delete process.env.REGISTER_RATE_PER_HOUR;
  delete process.env.REGISTER_EMAILS_PER_DAY;
  resetEnv();
});

/** What the form would submit, through the same schema the server action uses. */
function input(type: RegisterUserType, values: Record<string, string>): RegistrationInput {
  const parsed = parseRegistration(type, values, { staffEmailDomain: 'st.gov.my' });
  if (!parsed.ok) throw new Error(`invalid test input: ${JSON.stringify(parsed.errors)}`);
  return parsed.data;
}

let serial = 100_000;
/** A valid MyKad no earlier test used: born 1 January 1980 in Selangor (10). */
const newMyKad = () => `800101-10-${String((serial += 1)).slice(-4)}`;
const individu = (email = 'ali.abu@testemail.com', mykad = newMyKad()) => input('individu', { name: 'Ali bin Abu', mykad, email });

const userByLoginId = async (loginId: string) => (await t.db.select().from(users).where(eq(users.loginId, loginId)))[0];
const outboxCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox))[0].n;
const passwordFromMail = (text: string) => /Katalaluan: (\S+)/.exec(text)?.[1];

async function mailTo(email: string) {
  await kickOutbox();
  return (await listDevMailbox({ limit: 500 })).filter((m) => m.to === email);
}

describe('each user type registers', () => {
  const now = new Date('2026-03-09T02:00:00Z');
  test.each([
    [
      'individu',
      { name: '  muthu  a/l ramasamy ', mykad: '700101-99-1234', email: ' Muthu@Example.COM ' },
      '700101991234',
      'mykad',
      'MUTHU A/L RAMASAMY',
    ],
    [
      'syarikat',
      { name: 'Kedai Baru Enterprise', ssm: '2021-03-000777', email: 'Akaun@KedaiBaru.my' },
      '202103000777',
      'ssm_new',
      'KEDAI BARU ENTERPRISE',
    ],
    [
      'institusi',
      { name: 'Kolej Vokasional Contoh', regNo: 'kv/ipt-0042', email: 'pentadbir@kv.edu.my' },
      'KVIPT0042',
      'institusi',
      'KOLEJ VOKASIONAL CONTOH',
    ],
    [
      'kakitangan',
      { name: 'Nur Aisyah @ Aisyah', staffNo: 'st-01234', email: 'Aisyah@ST.gov.my' },
      'ST01234',
      'staff',
      'NUR AISYAH @ AISYAH',
    ],
  ] as const)(
    '%s: a pending account, canonical and normalised, with a hashed password that expires in 24 hours',
    async (type, values, loginId, idType, name) => {
      const result = await registerAccount(input(type, values), { ip: IP, now });
      const email = values.email.trim().toLowerCase();
      expect(result).toEqual({ ok: true, email, userId: expect.any(String) });

      const user = await userByLoginId(loginId);
      expect(user).toMatchObject({ userType: type, idType, name, email, status: 'pending', role: 'user', passwordIsGenerated: true });
      expect(user.pendingSteps).toEqual(['terms', 'password', 'security_question']);
      expect(user.generatedPasswordExpiresAt!.getTime() - now.getTime()).toBe(24 * HOUR);
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

      const [mail] = await mailTo(email);
      const password = passwordFromMail(mail.text)!;
      expect(password).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(user.passwordHash).not.toContain(password);
      expect(await verifySecret(user.passwordHash, password)).toBe(true);

      const audit = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetUserId, user.id), eq(auditLog.action, 'account.registered')));
      expect(audit).toHaveLength(1);
      expect(audit[0].ip).toBe(IP);
    },
  );
});

test('an id already registered is refused, and nothing is written', async () => {
  const mykad = newMyKad();
  expect(await registerAccount(individu('first@example.com', mykad), { ip: IP })).toMatchObject({ ok: true });
  const outbox = await outboxCount();
  // Typed differently, the same canonical id.
  const again = await registerAccount(individu('second@example.com', mykad.replaceAll('-', ' ')), { ip: IP });
  expect(again).toEqual({ ok: false, reason: 'duplicate' });
  expect(await outboxCount()).toBe(outbox);
  expect((await userByLoginId(mykad.replaceAll('-', ''))).email).toBe('first@example.com');
  expect(await mailTo('second@example.com')).toHaveLength(0);
});

test('50 simultaneous registrations of one id: exactly one account and one e-mail, 49 duplicates', async () => {
  const mykad = newMyKad();
  const outbox = await outboxCount();
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) => registerAccount(individu(`race${i}@example.com`, mykad), { ip: IP })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok && r.reason === 'duplicate')).toHaveLength(49);
  expect(
    await t.db
      .select()
      .from(users)
      .where(eq(users.loginId, mykad.replaceAll('-', ''))),
  ).toHaveLength(1);
  expect(await outboxCount()).toBe(outbox + 1);
});

describe('a pending account whose generated password expired', () => {
  const longAgo = () => new Date(Date.now() - 25 * HOUR);

  test('is replaced by a new registration of the same id, and the replacement is audited', async () => {
    const mykad = newMyKad();
    const loginId = mykad.replaceAll('-', '');
    const first = await registerAccount(individu('typo@exmaple.com', mykad), { ip: IP, now: longAgo() });
    if (!first.ok) throw new Error('first registration failed');

    const second = await registerAccount(individu('right@example.com', mykad), { ip: '198.51.100.2' });
    expect(second).toMatchObject({ ok: true, email: 'right@example.com' });
    const rows = await t.db.select().from(users).where(eq(users.loginId, loginId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'right@example.com', status: 'pending' });
    expect(rows[0].id).not.toBe(first.userId);

    const replaced = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.replaced_expired_pending'));
    const entry = replaced.find((r) => r.targetUserId === rows[0].id);
    expect(entry).toMatchObject({ ip: '198.51.100.2', details: { replacedUserId: first.userId } });
    expect(await mailTo('right@example.com')).toHaveLength(1);
  });

  test('is not replaced while its password is still valid', async () => {
    const mykad = newMyKad();
    await registerAccount(individu('owner@example.com', mykad), { ip: IP, now: new Date(Date.now() - 23 * HOUR) });
    expect(await registerAccount(individu('other@example.com', mykad), { ip: IP })).toEqual({ ok: false, reason: 'duplicate' });
    expect((await userByLoginId(mykad.replaceAll('-', ''))).email).toBe('owner@example.com');
  });

  test('is not replaced once its owner chose a password or the account is active', async () => {
    for (const change of [{ passwordIsGenerated: false }, { status: 'active' as const }]) {
      const mykad = newMyKad();
      const loginId = mykad.replaceAll('-', '');
      await registerAccount(individu('owner@example.com', mykad), { ip: IP, now: longAgo() });
      await t.db.update(users).set(change).where(eq(users.loginId, loginId));
      expect(await registerAccount(individu('other@example.com', mykad), { ip: IP })).toEqual({ ok: false, reason: 'duplicate' });
      expect((await userByLoginId(loginId)).email).toBe('owner@example.com');
    }
  });

  test('many simultaneous replacements still leave exactly one account', async () => {
    const mykad = newMyKad();
    await registerAccount(individu('typo@exmaple.com', mykad), { ip: IP, now: longAgo() });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => registerAccount(individu(`retry${i}@example.com`, mykad), { ip: IP })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await t.db
        .select()
        .from(users)
        .where(eq(users.loginId, mykad.replaceAll('-', ''))),
    ).toHaveLength(1);
  });
});

describe('a company with an ST record (requirements §1.5)', () => {
  const company = (ssm: string, email: string) => input('syarikat', { name: 'Syarikat Contoh Elektrik Sdn Bhd', ssm, email });

  test('is refused with another e-mail than the one on file, and nothing is written', async () => {
    const outbox = await outboxCount();
    expect(await registerAccount(company('201901000005', 'boss@gmail.com'), { ip: IP })).toEqual({
      ok: false,
      reason: 'company_email_mismatch',
    });
    expect(await userByLoginId('201901000005')).toBeUndefined();
    expect(await outboxCount()).toBe(outbox);
  });

  test('registers with the e-mail on file, and its other SSM number is then a duplicate', async () => {
    expect(await registerAccount(company('123456-a', 'Rekod@Contoh-Elektrik.com.my'), { ip: IP })).toMatchObject({ ok: true });
    expect(await userByLoginId('123456A')).toMatchObject({ idType: 'ssm_old', email: 'rekod@contoh-elektrik.com.my' });
    expect(await registerAccount(company('2019-01-000005', 'rekod@contoh-elektrik.com.my'), { ip: IP })).toEqual({
      ok: false,
      reason: 'duplicate',
    });
    expect(await userByLoginId('201901000005')).toBeUndefined();
  });

  test('a company without an ST record registers with any e-mail', async () => {
    expect(await registerAccount(company('202201000123', 'anyone@example.com'), { ip: IP })).toMatchObject({ ok: true });
  });
});

test('a Kakitangan account needs an e-mail on the staff domain, even if the form check is bypassed', async () => {
  const forged: RegistrationInput = {
    userType: 'kakitangan',
    name: 'ORANG LUAR',
    loginId: 'ST99999',
    idType: 'staff',
    email: 'orang@gmail.com',
  };
  expect(await registerAccount(forged, { ip: IP })).toEqual({ ok: false, reason: 'staff_domain' });
  expect(await userByLoginId('ST99999')).toBeUndefined();
  expect(
    parseRegistration(
      'kakitangan',
      { name: 'Orang Luar', staffNo: 'ST99999', email: 'orang@gmail.com' },
      { staffEmailDomain: 'st.gov.my' },
    ),
  ).toMatchObject({
    ok: false,
    errors: { email: 'register.errors.emailStaffDomain' },
  });
});

/** Every row of every table as text, the way a database dump would hold it. */
async function dumpAllTables(): Promise<Record<string, string>> {
  const tables = await t.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, string>[];
  const dump: Record<string, string> = {};
  for (const { table_name } of rowsOf(tables) as unknown as { table_name: string }[]) {
    const rows = rowsOf(await t.db.execute(sql.raw(`select t::text as row from "${table_name}" t`)));
    dump[table_name] = rows.map((r) => r.row).join('\n');
  }
  return dump;
}

describe('through the outbox to Resend (a local fake of its HTTP API)', () => {
  afterEach(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnv();
  });

  test('exactly one e-mail arrives, holding the masked id and a password that opens the account; no table holds either in clear', async () => {
    // The first send fails, so the message is still queued when the database is dumped.
    const fake = await startFakeResend({ failFirst: 1 });
    process.env.RESEND_API_KEY = 're_test_register';
    process.env.RESEND_BASE_URL = fake.url;
    resetEnv();
    try {
      const email = 'siti.dump@example.com';
      const result = await registerAccount(input('individu', { name: 'Siti binti Omar', mykad: '850315-14-5678', email }), { ip: IP });
      expect(result).toMatchObject({ ok: true });
      await kickOutbox();
      expect(fake.messages).toHaveLength(0);
      expect(fake.attempts).toBe(1);

      const queued = await dumpAllTables();
      expect(queued.email_outbox).not.toBe('');
      expect(queued.email_outbox).not.toContain(email);
      expect(queued.email_outbox).not.toContain('850315');

      const later = new Date(Date.now() + 2 * HOUR);
      expect(await deliverDueEmails({ now: later })).toEqual({ sent: 1, failed: 0 });
      expect(await deliverDueEmails({ now: later })).toEqual({ sent: 0, failed: 0 });
      expect(fake.messages).toHaveLength(1);

      const [mail] = fake.messages;
      expect(mail.body.to).toEqual(email);
      expect(mail.body.text).toContain('Id Pengguna: 850315-**-**78');
      expect(mail.body.text).not.toContain('850315145678');
      const password = passwordFromMail(mail.body.text ?? '')!;
      expect(mail.body.html).toContain(password);
      const user = await userByLoginId('850315145678');
      expect(await verifySecret(user.passwordHash, password)).toBe(true);

      for (const dump of [queued, await dumpAllTables()]) {
        for (const [table, text] of Object.entries(dump)) {
          expect({ table, holdsPassword: text.includes(password) }).toEqual({ table, holdsPassword: false });
        }
      }
    } finally {
      await fake.close();
    }
  });
});

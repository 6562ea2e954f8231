/** @jest-environment node */
import { eq, sql } from 'drizzle-orm';
import { emailOutbox, users } from '@/db/schema';
import { registerAccount } from '@/lib/accounts/register';
import { resetEnv } from '@/lib/config/env';
import { kickOutbox } from '@/lib/mail/outbox';
import { parseRegistration } from '@/lib/validation/register';
import { freshDatabase, type TestDatabase } from '../helpers/db';

/**
 * Mass registration (requirements §10.4, §1.8): limits that hold whether or not the captcha was solved — registration
 * e-mails per recipient address per day (REGISTER_EMAILS_PER_DAY) and per client address per hour
 * (REGISTER_RATE_PER_HOUR) — counted before anything is written, so a parallel burst cannot pass them.
 */
let t: TestDatabase;
let serial = 200_000;
const mykad = () => `800101-10-${String((serial += 1)).slice(-4)}`;
const individu = (email: string) => {
  const parsed = parseRegistration('individu', { name: 'Ali bin Abu', mykad: mykad(), email }, { staffEmailDomain: 'st.gov.my' });
  if (!parsed.ok) throw new Error('invalid test input');
  return parsed.data;
};
const accounts = async (email: string) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.email, email))
  )[0]!.n;

beforeAll(async () => {
  process.env.REGISTER_EMAILS_PER_DAY = '3';
  process.env.REGISTER_RATE_PER_HOUR = '10';
  resetEnv();
  t = await freshDatabase();
});
afterEach(() => kickOutbox());
afterAll(async () => {
  await t.close();
  delete process.env.REGISTER_EMAILS_PER_DAY;
  delete process.env.REGISTER_RATE_PER_HOUR;
  resetEnv();
});

test('one recipient gets at most 3 registration e-mails a day, however the requests are spread over addresses; other recipients are not affected', async () => {
  const now = new Date('2026-07-01T03:00:00Z');
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => registerAccount(individu('sasaran@testemail.com'), { ip: `198.51.100.${i + 1}`, now })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(3);
  expect(results.filter((r) => !r.ok && r.reason === 'email_limit')).toHaveLength(5);
  expect(await accounts('sasaran@testemail.com')).toBe(3);
  expect((await registerAccount(individu('lain@testemail.com'), { ip: '198.51.100.50', now })).ok).toBe(true);
  // The next day the address may be used again.
  expect(
    (await registerAccount(individu('sasaran@testemail.com'), { ip: '198.51.100.51', now: new Date('2026-07-02T03:00:00Z') })).ok,
  ).toBe(true);
});

test('one client address registers at most REGISTER_RATE_PER_HOUR accounts an hour, even in one parallel burst', async () => {
  const now = new Date('2026-07-03T03:00:00Z');
  const before = (await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox))[0]!.n;
  const results = await Promise.all(
    Array.from({ length: 25 }, (_, i) => registerAccount(individu(`orang${i}@testemail.com`), { ip: '203.0.113.99', now })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(10);
  const refused = results.filter((r) => !r.ok);
  expect(refused).toHaveLength(15);
  for (const r of refused) expect(r).toMatchObject({ ok: false, reason: 'address_limit', retryAfterSeconds: expect.any(Number) });
  const after = (await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox))[0]!.n;
  expect(after - before).toBe(10);
  // An hour later the address may register again.
  expect(
    (await registerAccount(individu('sejam.lagi@testemail.com'), { ip: '203.0.113.99', now: new Date(now.getTime() + 3_600_000) })).ok,
  ).toBe(true);
});

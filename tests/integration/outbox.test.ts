/** @jest-environment node */
import { eq } from 'drizzle-orm';
import { emailOutbox } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, enqueueEmail, kickOutbox, MAX_ATTEMPTS, ROUND_LIMIT } from '@/lib/mail/outbox';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, testingOnPostgres, type TestDatabase } from '../helpers/db';

const API_KEY = 're_test_0123456789';
const TO = 'ali.abu@example.com';
const props = (password = 'dhW51Frg') => ({
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  password,
  expiresAt: '2026-03-09T23:30:00.000Z',
});

let t: TestDatabase;
let fake: FakeResend | undefined;

async function useFakeResend(options: Parameters<typeof startFakeResend>[0] = {}) {
  fake = await startFakeResend(options);
  process.env.RESEND_API_KEY = API_KEY;
  process.env.RESEND_BASE_URL = fake.url;
  resetEnv();
  return fake;
}

function hoursLater(base: Date, hours: number) {
  return new Date(base.getTime() + hours * 3600_000);
}

beforeAll(async () => {
  t = await freshDatabase();
});
beforeEach(async () => {
  await t.db.delete(emailOutbox);
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnv();
});
afterAll(() => t.close());

test('a message queued in a transaction that rolls back is never sent', async () => {
  const resend = await useFakeResend();
  await expect(
    t.db.transaction(async (tx) => {
      await enqueueEmail(tx, { template: 'generated-password', to: TO, props: props() });
      throw new Error('registration failed after queueing');
    }),
  ).rejects.toThrow('registration failed');
  expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
  expect(resend.attempts).toBe(0);
  expect(await t.db.select().from(emailOutbox)).toHaveLength(0);
});

test('a committed message reaches Resend once, with the key, both parts and an idempotency key, then is wiped', async () => {
  const resend = await useFakeResend();
  const { id } = await t.db.transaction((tx) => enqueueEmail(tx, { template: 'generated-password', to: TO, props: props() }));

  // At rest, nothing readable: no column holds the recipient, the password or the id.
  const [queued] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  const raw = JSON.stringify(queued);
  for (const secret of [TO, 'ali.abu', 'dhW51Frg', '700101']) expect(raw).not.toContain(secret);
  expect(queued.status).toBe('pending');

  expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
  expect(resend.messages).toHaveLength(1);
  const [message] = resend.messages;
  expect(message.authorization).toBe(`Bearer ${API_KEY}`);
  expect(message.idempotencyKey).toBe(queued.idempotencyKey);
  expect(message.body.to).toBe(TO);
  expect(message.body.from).toBe('ECOS Suruhanjaya Tenaga <no-reply@st.gov.my>');
  expect(message.body.subject).toBe('Katalaluan ECOS anda / Your ECOS password');
  expect(message.body.html).toContain('Katalaluan: dhW51Frg');
  expect(message.body.text?.split('\n').map((l) => l.trim())).toEqual(
    expect.arrayContaining(['Id Pengguna: 700101-**-**34', 'Katalaluan: dhW51Frg']),
  );

  const [sent] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  expect(sent).toMatchObject({ status: 'sent', payload: null, attempts: 1, lastError: null });
  expect(sent.providerId).toEqual(expect.any(String));
  expect(sent.sentAt).toBeInstanceOf(Date);

  // Nothing is due any more.
  expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
  expect(resend.attempts).toBe(1);
});

test('when Resend fails the first 3 times, the message is retried after its back-off and arrives exactly once', async () => {
  const resend = await useFakeResend({ failFirst: 3 });
  const { id } = await enqueueEmail(t.db, { template: 'generated-password', to: TO, props: props('Xy7kPq2M') });

  let now = new Date();
  const runs = [];
  for (let i = 0; i < 6; i += 1) {
    runs.push(await deliverDueEmails({ now }));
    if (i === 0) {
      // Straight after a failure the message waits for its back-off instead of hammering the provider.
      expect(await deliverDueEmails({ now })).toEqual({ sent: 0, failed: 0 });
      const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 20_000);
      expect(row.lastError).toMatch(/internal_server_error/);
      expect(row.lastError).not.toContain(TO);
      expect(row.payload).not.toBeNull();
    }
    now = hoursLater(now, 2);
  }
  expect(runs.slice(0, 4)).toEqual([
    { sent: 0, failed: 1 },
    { sent: 0, failed: 1 },
    { sent: 0, failed: 1 },
    { sent: 1, failed: 0 },
  ]);
  expect(runs.slice(4)).toEqual([
    { sent: 0, failed: 0 },
    { sent: 0, failed: 0 },
  ]);
  expect(resend.attempts).toBe(4);
  expect(resend.messages).toHaveLength(1);
  expect(resend.messages[0].body.text).toContain('Katalaluan: Xy7kPq2M');
  const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  expect(row).toMatchObject({ status: 'sent', attempts: 4, payload: null, lastError: null });
});

test(`after ${MAX_ATTEMPTS} failed attempts the message is marked failed and no longer tried`, async () => {
  const resend = await useFakeResend({ failFirst: 1000 });
  const { id } = await enqueueEmail(t.db, { template: 'generated-password', to: TO, props: props() });
  let now = new Date();
  for (let i = 0; i < MAX_ATTEMPTS + 3; i += 1) {
    await deliverDueEmails({ now });
    now = hoursLater(now, 2);
  }
  expect(resend.attempts).toBe(MAX_ATTEMPTS);
  expect(resend.messages).toHaveLength(0);
  const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  expect(row.lastError).toEqual(expect.any(String));
});

test('deliveries running at the same time never send one message twice', async () => {
  // Slow answers keep each row locked for a while, so the runners really overlap.
  const resend = await useFakeResend({ delayMs: 40 });
  const count = 12;
  await t.db.transaction(async (tx) => {
    for (let i = 0; i < count; i += 1) {
      await enqueueEmail(tx, { template: 'generated-password', to: `user${i}@example.com`, props: props(`Pw${i}abcDE`) });
    }
  });
  const results = await Promise.all(Array.from({ length: 4 }, () => deliverDueEmails()));
  expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(count);
  expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
  // Counted at the HTTP level: the fake's de-duplication would otherwise hide a double send.
  expect(resend.attempts).toBe(count);
  expect(new Set(resend.messages.map((m) => m.idempotencyKey)).size).toBe(count);
  expect(new Set(resend.messages.map((m) => m.body.to)).size).toBe(count);
  const rows = await t.db.select().from(emailOutbox);
  expect(rows.every((r) => r.status === 'sent' && r.payload === null)).toBe(true);
});

test('kickOutbox delivers after commit, and kicks that arrive together share one delivery round', async () => {
  const resend = await useFakeResend({ delayMs: 20 });
  await t.db.transaction(async (tx) => {
    await enqueueEmail(tx, { template: 'generated-password', to: TO, props: props() });
    await enqueueEmail(tx, { template: 'generated-password', to: 'siti@example.com', props: props('Qw3rtyUi') });
  });
  const kicks = Array.from({ length: 5 }, () => kickOutbox());
  expect(new Set(kicks).size).toBe(1);
  await Promise.all(kicks);
  expect(resend.attempts).toBe(2);
  expect(resend.messages.map((m) => m.body.to).sort()).toEqual(['ali.abu@example.com', 'siti@example.com']);
});

test('one kick drains a backlog longer than a round, instead of a round per poll', async () => {
  const resend = await useFakeResend();
  const count = 2 * ROUND_LIMIT + 10;
  for (let i = 0; i < count; i += 1)
    await enqueueEmail(t.db, { template: 'generated-password', to: `tunggakan${i}@example.com`, props: props() });
  await kickOutbox();
  expect(resend.messages).toHaveLength(count);
  const rows = await t.db.select().from(emailOutbox);
  expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
});

test('against a provider that refuses everything, a kick tries one round and leaves the rest to their back-off', async () => {
  const resend = await useFakeResend({ failRate: 1 });
  const count = ROUND_LIMIT + 10;
  for (let i = 0; i < count; i += 1)
    await enqueueEmail(t.db, { template: 'generated-password', to: `gagal${i}@example.com`, props: props() });
  await kickOutbox();
  expect(resend.attempts).toBe(ROUND_LIMIT);
  const rows = await t.db.select().from(emailOutbox);
  expect(rows.filter((r) => r.attempts === 1)).toHaveLength(ROUND_LIMIT);
  expect(rows.filter((r) => r.attempts === 0)).toHaveLength(10);
});

test('kickOutbox never throws, even when delivery cannot reach the provider', async () => {
  const resend = await useFakeResend();
  const url = resend.url;
  await resend.close();
  fake = undefined;
  process.env.RESEND_BASE_URL = url;
  resetEnv();
  const { id } = await enqueueEmail(t.db, { template: 'generated-password', to: TO, props: props() });
  await expect(kickOutbox()).resolves.toBeUndefined();
  const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  expect(row).toMatchObject({ status: 'pending', attempts: 1 });
  expect(row.lastError).toMatch(/application_error/);
});

// PGlite is one connection: its transactions, and so its lanes, take turns. PostgreSQL gives each lane its own.
(testingOnPostgres ? test : test.skip)('a send held to the timeout stalls its own lane, not the queue: three go out at once', async () => {
  // Every answer is held (the provider took the message and never replied) until the fake closes.
  const resend = await useFakeResend({ hangRate: 1, hangMs: 60_000 });
  for (let i = 0; i < 3; i += 1) await enqueueEmail(t.db, { template: 'generated-password', to: `lorong${i}@example.com`, props: props() });
  const round = kickOutbox();
  // One lane would reach the second send only after the 15 s send timeout.
  const deadline = Date.now() + 10_000;
  while (resend.hung < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(resend.hung).toBe(3);
  await resend.close();
  fake = undefined;
  await round;
  expect(new Set(resend.messages.map((m) => String(m.body.to))).size).toBe(3);
});

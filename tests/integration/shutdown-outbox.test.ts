/** @jest-environment node */
import { emailOutbox } from '@/db/schema';
import { env, resetEnv } from '@/lib/config/env';
import { deliverDueEmails, enqueueEmail, kickOutbox, outboxSettled, resumeOutbox, stopOutbox } from '@/lib/mail/outbox';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';

/**
 * The outbox's part of a graceful shutdown (lib/server/shutdown.ts): once stopped, a delivery round finishes the
 * row it holds and takes no other, so what is left stays due for another instance. The whole shutdown, on the
 * built server: tests/security/shutdown.spec.ts.
 */
let t: TestDatabase;
let fake: FakeResend;

const props = { name: 'ALI BIN ABU', maskedId: '700101-**-**34', changedAt: '2026-03-09T23:30:00.000Z' };

beforeAll(async () => {
  t = await freshDatabase();
});
beforeEach(async () => {
  await t.db.delete(emailOutbox);
  fake = await startFakeResend({ delayMs: 200 });
  process.env.RESEND_API_KEY = 're_test_0123456789';
  process.env.RESEND_BASE_URL = fake.url;
  resetEnv();
});
afterEach(async () => {
  resumeOutbox();
  await outboxSettled();
  await fake.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnv();
});
afterAll(() => t.close());

async function queue(count: number) {
  for (let i = 0; i < count; i += 1) {
    await enqueueEmail(t.db, { template: 'password-changed', to: `penerima${i}@contoh.my`, props });
  }
}

async function statuses() {
  return (await t.db.select({ status: emailOutbox.status }).from(emailOutbox)).map((r) => r.status).sort();
}

test('stopped during a round: the messages being sent (one per lane) are finished, the others stay pending and due', async () => {
  await queue(5);
  const round = kickOutbox();
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (fake.attempts >= 1) {
        clearInterval(poll);
        resolve();
      }
    }, 10);
  });
  stopOutbox();
  await round;
  await outboxSettled();
  // Each lane finished the row it held (OUTBOX_CONCURRENCY, 3 by default) and took no other.
  const held = fake.attempts;
  expect(held).toBeGreaterThanOrEqual(1);
  expect(held).toBeLessThanOrEqual(env().OUTBOX_CONCURRENCY);
  expect(fake.messages).toHaveLength(held);
  const after = await statuses();
  expect(after.filter((s) => s === 'sent')).toHaveLength(held);
  expect(after.filter((s) => s === 'pending')).toHaveLength(5 - held);

  // Another instance (here: this one resumed) takes the rest.
  resumeOutbox();
  expect(await deliverDueEmails()).toEqual({ sent: 5 - held, failed: 0 });
  expect(new Set(fake.messages.map((m) => m.idempotencyKey)).size).toBe(5);
});

test('once stopped, a kick after a commit sends nothing', async () => {
  stopOutbox();
  await queue(2);
  await kickOutbox();
  expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
  expect(fake.attempts).toBe(0);
  expect(await statuses()).toEqual(['pending', 'pending']);
});

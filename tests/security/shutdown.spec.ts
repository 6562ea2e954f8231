import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { closeDb, getDb, type Db } from '@/db';
import { emailOutbox } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { sealJson } from '@/lib/crypto/seal';
import { startFakeResend, type FakeResend } from '../../tools/fake-resend';
import { newDatabase, startInstance, type Instance } from './support/app';

/**
 * Graceful shutdown (issue 12 item 6), on the production start (node server.mjs, the built app): SIGTERM while
 * the outbox delivers 50 e-mails through the fake Resend. The server finishes the e-mail it holds, takes no
 * other, closes the database and exits 0 within SHUTDOWN_GRACE_SECONDS; a second instance on the same database
 * sends the rest, and the provider received each e-mail exactly once. When the grace runs out in the middle of a
 * send, the row is released (its transaction rolled back), and the second instance sends it again under the
 * same idempotency key, which the provider de-duplicates.
 *
 * No browser. PGlite (one process at a time: the instances run one after the other on one folder) or the
 * PostgreSQL server named by SECURITY_DATABASE_URL.
 */
test.describe.configure({ mode: 'serial' });

const OUTBOX_KEY = 'shutdown-suite-outbox-key-shutdown-suite';
const MAILS = 50;

/**
 * Opens the database in this process with the application's own code (migrations included) and runs `work`,
 * then closes it: on PGlite no server may hold the folder meanwhile.
 */
async function withDatabase<T>(url: string, work: (db: Db) => Promise<T>): Promise<T> {
  Object.assign(process.env, { DATABASE_URL: url, OUTBOX_KEY, AUTH_SECRET: 'shutdown-suite-secret-shutdown-suite-secret' });
  resetEnv();
  try {
    return await work(await getDb());
  } finally {
    await closeDb();
  }
}

/** `count` password-changed e-mails queued and due now, to distinct recipients. */
async function queueMails(url: string, count: number): Promise<void> {
  await withDatabase(url, async (db) => {
    const at = new Date(Date.now() - 1000);
    await db.insert(emailOutbox).values(
      Array.from({ length: count }, (_, i) => ({
        template: 'password-changed',
        payload: sealJson(
          {
            to: `penerima${i}@contoh.my`,
            template: 'password-changed',
            props: { name: `Penerima ${i}`, maskedId: '******-**-1234', changedAt: at.toISOString() },
          },
          'outbox',
        ),
        idempotencyKey: `ecos-${randomUUID()}`,
        nextAttemptAt: at,
      })),
    );
  });
}

async function outboxStatuses(url: string): Promise<Record<string, number>> {
  return withDatabase(url, async (db) => {
    const rows = await db.select({ status: emailOutbox.status }).from(emailOutbox);
    const counts: Record<string, number> = {};
    for (const { status } of rows) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  });
}

async function start(databaseUrl: string, mail: FakeResend, overrides: Record<string, string> = {}): Promise<Instance> {
  return startInstance(databaseUrl, mail.url, { OUTBOX_KEY, OUTBOX_POLL_SECONDS: '1', ...overrides });
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function keys(mail: FakeResend): string[] {
  return mail.messages.map((m) => m.idempotencyKey ?? '');
}

test('SIGTERM during delivery: the first instance exits 0 in the grace, a second sends the rest, each e-mail once', async () => {
  test.setTimeout(120_000);
  // Each send takes 150 ms at the provider: 50 take several seconds, long enough to stop the server halfway.
  const mail = await startFakeResend({ delayMs: 150 });
  const database = await newDatabase();
  try {
    await queueMails(database.url, MAILS);

    const first = await start(database.url, mail, { SHUTDOWN_GRACE_SECONDS: '10' });
    await until(() => mail.messages.length >= 5, 60_000, 'the first deliveries');
    const stopped = await first.terminate(15_000);
    expect(stopped, first.output()).not.toBeNull();
    expect(stopped!.code, first.output()).toBe(0);
    expect(stopped!.ms).toBeLessThan(10_000);
    const byFirst = mail.messages.length;
    // It stopped taking rows: the rest were left for another instance.
    expect(byFirst).toBeLessThan(MAILS);
    expect(first.output()).toContain('"event":"server.stopping"');
    expect(first.output()).toMatch(/"event":"server.stopped".*"requestsDone":true,"outboxDone":true,"databaseClosed":true/);
    // Whatever it started, it finished: every send it made was answered and recorded, none is left half-done.
    expect(mail.attempts).toBe(byFirst);
    expect(await outboxStatuses(database.url)).toEqual({ sent: byFirst, pending: MAILS - byFirst });

    const second = await start(database.url, mail, { SHUTDOWN_GRACE_SECONDS: '10' });
    await until(() => mail.messages.length >= MAILS, 60_000, 'the rest of the e-mails');
    expect((await second.terminate(15_000))?.code, second.output()).toBe(0);

    expect(mail.attempts).toBe(MAILS);
    expect(new Set(keys(mail)).size).toBe(MAILS);
    expect(new Set(mail.messages.map((m) => String(m.body.to))).size).toBe(MAILS);
    expect(await outboxStatuses(database.url)).toEqual({ sent: MAILS });
  } finally {
    await mail.close();
    await database.drop();
  }
});

test('the grace runs out in the middle of a send: exit within the grace, the row released, sent again under its key', async () => {
  test.setTimeout(120_000);
  // The provider holds the first send for 30 s: longer than the 2 s grace.
  const mail = await startFakeResend({ delayMs: 30_000 });
  const database = await newDatabase();
  try {
    await queueMails(database.url, 1);
    const first = await start(database.url, mail, { SHUTDOWN_GRACE_SECONDS: '2' });
    await until(() => mail.attempts >= 1, 60_000, 'the first send');
    const stopped = await first.terminate(10_000);
    expect(stopped, first.output()).not.toBeNull();
    // Not clean (a send was cut short), so not 0; but it went within the grace and a second.
    expect(stopped!.code, first.output()).toBe(1);
    expect(stopped!.ms).toBeLessThan(6_000);
    expect(first.output()).toMatch(/"event":"server.stopped".*"outboxDone":false/);
    // Released: still pending, not counted as a failed attempt, due at once.
    expect(await outboxStatuses(database.url)).toEqual({ pending: 1 });

    mail.setDelay(0);
    const second = await start(database.url, mail);
    await until(() => mail.messages.length >= 1 && mail.attempts >= 2, 60_000, 'the second send');
    expect((await second.terminate(15_000))?.code, second.output()).toBe(0);
    expect(await outboxStatuses(database.url)).toEqual({ sent: 1 });
    // The provider saw the key twice and delivered once (the first send, still held, is answered as a repeat).
    expect(mail.messages).toHaveLength(1);
  } finally {
    await mail.close();
    await database.drop();
  }
});

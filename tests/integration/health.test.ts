/** @jest-environment node */
import { sql } from 'drizzle-orm';
import { GET as health } from '@/app/api/health/route';
import { GET as ready } from '@/app/api/ready/route';
import { closeDb } from '@/db';
import { emailOutbox } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { freshDatabase, type TestDatabase } from '../helpers/db';

/** The operator's probes (issue 12 item 4): liveness without the database, readiness with its reasons. */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.close();
  delete process.env.READY_OUTBOX_MAX_MINUTES;
  resetEnv();
});

const body = async (response: Response) => ({ status: response.status, json: (await response.json()) as Record<string, unknown> });

test('liveness answers 200 without a session and never caches', async () => {
  const response = health();
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('ready: 200 with every migration applied and no mail waiting', async () => {
  const { status, json } = await body(await ready());
  expect(status).toBe(200);
  expect(json).toMatchObject({ ready: true, checks: { database: 'ok', oldestPendingEmailMinutes: null } });
  expect((json.checks as { migrations: number }).migrations).toBeGreaterThanOrEqual(8);
});

test('ready: 503 outbox_backlog when an e-mail has waited longer than READY_OUTBOX_MAX_MINUTES; 200 again once it is sent', async () => {
  process.env.READY_OUTBOX_MAX_MINUTES = '10';
  resetEnv();
  const [row] = await t.db
    .insert(emailOutbox)
    .values({ template: 'recovery-link', payload: null, idempotencyKey: 'ready-test', createdAt: new Date(Date.now() - 11 * 60_000) })
    .returning({ id: emailOutbox.id });
  expect(await body(await ready())).toEqual({
    status: 503,
    json: { ready: false, reason: 'outbox_backlog', detail: { oldestPendingEmailMinutes: 11 } },
  });
  await t.db.execute(sql`update email_outbox set status = 'sent' where id = ${row!.id}`);
  expect((await ready()).status).toBe(200);
});

test('ready: 503 migrations when the database lacks one this build knows', async () => {
  await t.db.execute(sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`);
  const { status, json } = await body(await ready());
  expect(status).toBe(503);
  expect(json).toMatchObject({ ready: false, reason: 'migrations' });
});

test('ready: 503 database, quickly, when the database cannot be reached — and liveness still 200', async () => {
  await closeDb();
  // A port nobody listens on: the connection is refused.
  process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:9/none';
  resetEnv();
  const started = Date.now();
  expect(await body(await ready())).toEqual({ status: 503, json: { ready: false, reason: 'database' } });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(health().status).toBe(200);
  await closeDb();
  process.env.DATABASE_URL = t.url;
  resetEnv();
});

import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, lte, min, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rowsOf } from '@/db/queries/rows';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/config/env';

/**
 * What /api/ready reports (operators' guide: docs/operations.md). Ready means this instance can serve a user:
 * the database answers, it holds every migration this build knows, and mail is going out. Nothing in the
 * answer names a host, a user or a secret.
 */
export type Readiness =
  | { ready: true; checks: { database: 'ok'; migrations: number; oldestPendingEmailMinutes: number | null } }
  | { ready: false; reason: 'database' | 'migrations' | 'outbox_backlog' | 'timeout'; detail?: Record<string, number> };

const TIMEOUT_MS = 3000;

function journalLength(): number {
  const file = path.join(process.cwd(), 'db', 'migrations', 'meta', '_journal.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries.length;
}

async function check(now: Date): Promise<Readiness> {
  let db;
  try {
    db = await getDb();
    await db.execute(sql`select 1`);
  } catch {
    return { ready: false, reason: 'database' };
  }
  const expected = journalLength();
  const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  const appliedCount = Number(rows[0]?.n ?? 0);
  if (appliedCount < expected) return { ready: false, reason: 'migrations', detail: { applied: appliedCount, expected } };

  const [{ oldest }] = await db
    .select({ oldest: min(emailOutbox.createdAt) })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.createdAt, now)));
  const ageMinutes = oldest ? Math.floor((now.getTime() - new Date(oldest).getTime()) / 60_000) : null;
  if (ageMinutes !== null && ageMinutes >= env().READY_OUTBOX_MAX_MINUTES) {
    return { ready: false, reason: 'outbox_backlog', detail: { oldestPendingEmailMinutes: ageMinutes } };
  }
  return { ready: true, checks: { database: 'ok', migrations: appliedCount, oldestPendingEmailMinutes: ageMinutes } };
}

/** Never waits more than a few seconds: a load balancer's probe must get an answer, not a hung socket. */
export async function readiness(now = new Date()): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'timeout' }), TIMEOUT_MS);
    timer.unref();
  });
  try {
    return await Promise.race([check(now).catch((): Readiness => ({ ready: false, reason: 'database' })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';
import { auditLog, users } from '@/db/schema';
import type { AuditFilter } from '@/lib/admin/audit-search';

const actor = alias(users, 'actor');
const target = alias(users, 'target');

function conditions(filter: AuditFilter, cursor?: string): SQL | undefined {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  // A login id no account holds matches nothing (the sub-select is null), which is the right answer.
  if (filter.actor) where.push(sql`${auditLog.actorUserId} = (select id from users where login_id = ${filter.actor})`);
  if (filter.target) where.push(sql`${auditLog.targetUserId} = (select id from users where login_id = ${filter.target})`);
  if (filter.since) where.push(gte(auditLog.at, filter.since));
  if (filter.until) where.push(lt(auditLog.at, filter.until));
  // Keyset: rows older than the cursor's row in (at, id) order. The cursor's own `at` is read in the database,
  // so its microseconds are compared as stored (a JavaScript Date would keep only milliseconds).
  if (cursor) where.push(sql`(${auditLog.at}, ${auditLog.id}) < (select c.at, c.id from audit_log c where c.id = ${cursor}::bigint)`);
  return where.length ? and(...where) : undefined;
}

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  ip: string | null;
  details: Record<string, unknown> | null;
  actorUserId: string | null;
  actorLoginId: string | null;
  actorName: string | null;
  targetUserId: string | null;
  targetLoginId: string | null;
  targetName: string | null;
};

/**
 * One page of the audit log, newest first, under the filter: `limit` rows after the cursor (an audit row id),
 * read off the (…, at, id) indexes of migration 0008, so the 20 000th page costs what the first does.
 */
export async function listAuditRows(executor: Executor, filter: AuditFilter, limit: number, cursor?: string): Promise<AuditRow[]> {
  return executor
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      ip: auditLog.ip,
      details: auditLog.details,
      actorUserId: auditLog.actorUserId,
      actorLoginId: actor.loginId,
      actorName: actor.name,
      targetUserId: auditLog.targetUserId,
      targetLoginId: target.loginId,
      targetName: target.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .where(conditions(filter, cursor))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** Every row under the filter, newest first, in batches of `batchSize`: for the streamed CSV export. */
export async function* auditRowBatches(executor: Executor, filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await listAuditRows(executor, filter, batchSize, cursor);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    cursor = String(rows[rows.length - 1].id);
  }
}

import type { Executor } from '@/db';
import { auditLog } from '@/db/schema';

export type AuditEntry = {
  action: string;
  actorUserId?: string | null;
  targetUserId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** Appends to the audit log; pass the open transaction so the row commits with the change it describes. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values({
    action: entry.action,
    actorUserId: entry.actorUserId ?? null,
    targetUserId: entry.targetUserId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  });
}

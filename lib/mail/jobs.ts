import 'server-only';
import type { Executor } from '@/db';

/**
 * Work that rides the outbox instead of a request: queued sealed in the request's transaction, done by the
 * delivery loop after the answer has gone. A request that must do the same work whatever its input — Lupa
 * Katalaluan, whose timing must not tell whether an id and an e-mail belong together — queues a job and
 * leaves the deciding to it. A job may queue e-mail on the transaction it is given; it commits with the job.
 *
 * Loaded lazily: lib/mail must not depend on the domains that use it when it is imported.
 */
export const OUTBOX_JOBS = {
  'recovery-request': async (tx: Executor, data: unknown, now: Date) =>
    (await import('@/lib/accounts/recovery/send-link')).sendRecoveryLink(tx, data, now),
} as const;

export type OutboxJobName = keyof typeof OUTBOX_JOBS;
export const JOB_PREFIX = 'job:';

export function jobName(template: string): OutboxJobName | null {
  if (!template.startsWith(JOB_PREFIX)) return null;
  const name = template.slice(JOB_PREFIX.length);
  return name in OUTBOX_JOBS ? (name as OutboxJobName) : null;
}

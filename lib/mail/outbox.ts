import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, lte } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/config/env';
import { sealJson, unsealJson } from '@/lib/crypto/seal';
import { errorSummary, log } from '@/lib/log/logger';
import { JOB_PREFIX, jobName, OUTBOX_JOBS, type OutboxJobName } from './jobs';
import { isTemplateName, renderEmail, type TemplateName, type TemplateProps } from './templates';
import { getTransport } from './transport';

/**
 * Transactional outbox (requirements §1.7): a message is queued in the same transaction as the change that causes
 * it, delivered after commit, retried with back-off, encrypted at rest and wiped once sent.
 */
export const OUTBOX_PURPOSE = 'outbox';
export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

type Payload<N extends TemplateName = TemplateName> = { to: string; template: N; props: TemplateProps[N] };

export type EnqueueOptions<N extends TemplateName> = { template: N; to: string; props: TemplateProps[N] };

/**
 * Queues a message. Pass the caller's open transaction so the message commits (or rolls back) with the
 * account row; then call kickOutbox() after the commit. Recipient and props exist only sealed.
 */
export async function enqueueEmail<N extends TemplateName>(
  executor: Executor,
  { template, to, props }: EnqueueOptions<N>,
): Promise<{ id: string }> {
  const payload: Payload<N> = { to, template, props };
  const [row] = await executor
    .insert(emailOutbox)
    .values({
      template,
      payload: sealJson(payload, OUTBOX_PURPOSE),
      idempotencyKey: `ecos-${randomUUID()}`,
      nextAttemptAt: new Date(),
    })
    .returning({ id: emailOutbox.id });
  return row;
}

/** Queues a job (lib/mail/jobs.ts) in the caller's transaction; its data exists only sealed, like a message's. */
export async function enqueueJob(executor: Executor, name: OutboxJobName, data: Record<string, unknown>): Promise<{ id: string }> {
  const [row] = await executor
    .insert(emailOutbox)
    .values({
      template: `${JOB_PREFIX}${name}`,
      payload: sealJson(data, OUTBOX_PURPOSE),
      idempotencyKey: `ecos-${randomUUID()}`,
      nextAttemptAt: new Date(),
    })
    .returning({ id: emailOutbox.id });
  return row;
}

/**
 * Delay before the next try after `attempts` failed ones: 30 s doubling per failure, capped at 1 hour, then
 * spread ±20 % so that messages that failed together (a provider outage) do not all retry together.
 */
export function backoffDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(exponent, 30));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Provider and database errors can quote the recipient or a query's parameters: keep the kind of failure only. */
function shortError(error: unknown): string {
  return errorSummary(error).slice(0, 200);
}

type Outcome = 'sent' | 'failed' | 'none';

async function deliverOne(now: Date): Promise<Outcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // SKIP LOCKED: another instance delivering at the same moment takes the next row instead of this one,
    // and the lock is held until this transaction marks the row sent, so no message goes out twice.
    const [row] = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return 'none';

    const attempts = row.attempts + 1;
    try {
      if (!row.payload) throw new Error('payload missing');
      const job = jobName(row.template);
      if (job) {
        // In a savepoint, so a failing job leaves this transaction usable for recording the failure.
        await tx.transaction((sp) => OUTBOX_JOBS[job](sp, unsealJson(row.payload as string, OUTBOX_PURPOSE), now));
        await tx
          .update(emailOutbox)
          .set({ status: 'sent', payload: null, attempts, sentAt: new Date(), lastError: null })
          .where(eq(emailOutbox.id, row.id));
        log.info('outbox.job_done', { outboxId: row.id, job, attempts });
        // The mail the job queued is due now: the caller's loop takes it next.
        return 'sent';
      }
      const payload = unsealJson<Payload>(row.payload, OUTBOX_PURPOSE);
      if (!isTemplateName(payload.template)) throw new Error(`unknown template ${payload.template}`);
      const rendered = await renderEmail(payload.template, payload.props);
      // A savepoint, so that a failed write by the development mailbox leaves this transaction usable for
      // recording the failure.
      const { id: providerId } = await tx.transaction((sp) =>
        getTransport(sp).send({ from: env().MAIL_FROM, to: payload.to, ...rendered, idempotencyKey: row.idempotencyKey }),
      );
      await tx
        .update(emailOutbox)
        .set({ status: 'sent', payload: null, attempts, sentAt: new Date(), providerId, lastError: null })
        .where(eq(emailOutbox.id, row.id));
      log.info('mail.sent', { outboxId: row.id, template: row.template, attempts });
      return 'sent';
    } catch (error) {
      const lastError = shortError(error);
      if (attempts >= MAX_ATTEMPTS) {
        await tx.update(emailOutbox).set({ status: 'failed', attempts, lastError }).where(eq(emailOutbox.id, row.id));
        log.error('mail.failed', { outboxId: row.id, template: row.template, attempts, error: lastError });
      } else {
        const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(attempts));
        await tx.update(emailOutbox).set({ attempts, lastError, nextAttemptAt }).where(eq(emailOutbox.id, row.id));
        log.warn('mail.retry', {
          outboxId: row.id,
          template: row.template,
          attempts,
          nextAttemptAt: nextAttemptAt.toISOString(),
          error: lastError,
        });
      }
      return 'failed';
    }
  });
}

/** Rows one delivery round takes at most: what a serverless cron call (app/api/cron/outbox) does in one go. */
export const ROUND_LIMIT = 25;

/**
 * Sends the messages that are due, one row per transaction, at most `limit` of them, in OUTBOX_CONCURRENCY lanes
 * (a provider answer held to the send timeout stalls one lane, not the queue). Safe to run from several processes
 * at once: SKIP LOCKED gives each lane, here or elsewhere, a different row. `now` decides what is due (tests move it
 * forward instead of waiting).
 */
export async function deliverDueEmails({
  limit = ROUND_LIMIT,
  now,
  lanes = env().OUTBOX_CONCURRENCY,
}: { limit?: number; now?: Date; lanes?: number } = {}): Promise<{
  sent: number;
  failed: number;
}> {
  const result = { sent: 0, failed: 0 };
  let taken = 0;
  let drained = false;
  const lane = async () => {
    // A server shutting down finishes the rows it holds and takes no other: the rest stay due for another instance.
    while (taken < limit && !drained && !state.__ecosOutboxStopping) {
      taken += 1;
      const outcome = await deliverOne(now ?? new Date());
      // Nothing due that another lane does not hold already.
      if (outcome === 'none') drained = true;
      else result[outcome] += 1;
    }
  };
  // Every lane settles before the round ends, even when one fails: outboxSettled() must cover them all.
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(lanes, limit)) }, lane));
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  return result;
}

// On globalThis so that hot reloads in development share one delivery loop.
const state = globalThis as unknown as {
  __ecosOutboxRun?: Promise<void>;
  __ecosOutboxAgain?: boolean;
  __ecosOutboxStopping?: boolean;
};

/**
 * Graceful shutdown (lib/server/shutdown.ts): from now on this process takes no more rows. A delivery round
 * running finishes the row it holds (its transaction marks it sent) and stops; outboxSettled() tells when. A
 * row is claimed only by the row lock of its delivery transaction, so a row whose transaction never commits (the
 * process killed, or its database connection closed at the end of the grace) is released by that rollback and
 * due again at once for another instance, with its idempotency key unchanged: the provider never sends it twice.
 */
export function stopOutbox(): void {
  state.__ecosOutboxStopping = true;
  state.__ecosOutboxAgain = false;
}

/** Undoes stopOutbox() (startOutboxWorker calls it: a process that starts its worker delivers again). */
export function resumeOutbox(): void {
  state.__ecosOutboxStopping = false;
}

/**
 * Delivers right after a commit without making the request wait: never throws, and a kick that arrives
 * while a delivery round runs makes that round go once more instead of starting a second one; a full round
 * goes once more too, until what is due is sent. The promise
 * may be handed to next/server `after()` on serverless hosts; a long-running server can ignore it.
 */
export function kickOutbox(): Promise<void> {
  if (state.__ecosOutboxStopping) return Promise.resolve();
  if (state.__ecosOutboxRun) {
    state.__ecosOutboxAgain = true;
    return state.__ecosOutboxRun;
  }
  const run = (async () => {
    do {
      state.__ecosOutboxAgain = false;
      try {
        const { sent, failed } = await deliverDueEmails();
        // A full round leaves more due: go on at once rather than at the next poll (30 s), so a backlog drains at
        // the provider's pace. Only while something gets through: against a provider that is down, each row has
        // its back-off, and the next poll tries again.
        if (sent > 0 && sent + failed >= ROUND_LIMIT) state.__ecosOutboxAgain = true;
      } catch (error) {
        log.error('mail.deliver_error', { error: shortError(error) });
        break;
      }
    } while (state.__ecosOutboxAgain);
  })().finally(() => {
    state.__ecosOutboxRun = undefined;
  });
  state.__ecosOutboxRun = run;
  return run;
}

/**
 * Resolves when no delivery round is running. Whoever closes the database waits for this first: a round still
 * running would otherwise open a new pool to it (getDb) after the close, and keep a dropped database's
 * connections retrying.
 */
export async function outboxSettled(): Promise<void> {
  while (state.__ecosOutboxRun) await state.__ecosOutboxRun;
}

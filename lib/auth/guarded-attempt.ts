import 'server-only';
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { loginThrottles } from '@/db/schema';
import type { LoginCandidate } from '@/db/queries/users';
import { maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { HashBusyError } from '@/lib/crypto/hash-queue';
import { log } from '@/lib/log/logger';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { lockoutSettings } from './lockout';
import { clearFailures, reserveAttempt, settleFailure, type Reservation } from './login-throttle';

/** The account an attempt is against, when one has the id: who gets the lock notice. */
export type AttemptAccount = Pick<LoginCandidate, 'id' | 'name' | 'email' | 'loginId' | 'idType'>;

export type AttemptSubject = {
  /** Canonical. */
  loginId: string;
  account: AttemptAccount | undefined;
  ip: string | null;
  now: Date;
  /** The audit action of an evaluated failure ('auth.login_failed', 'recovery.answer_wrong', …). */
  failureAction: string;
  /** More for that failure's audit row, read once the check has failed (a second factor: wrong or replayed). */
  failureDetails?: () => Record<string, unknown>;
  /**
   * The attempt as the caller's own statement already counted it (LOG MASUK's, lib/auth/log-in-statements.ts).
   * A right answer's clearing of the run is then the caller's too, in the statement that records the success.
   */
  counted?: Reservation;
};

export type AttemptOutcome = { outcome: 'right' } | { outcome: 'wrong' } | { outcome: 'locked'; lockedUntil: Date };

/**
 * One guess at a secret of a login id — a password at LOG MASUK, the current password at Tukar Kata Laluan
 * or an e-mail change, an answer to the security question — under the lockout (requirements §2.3, §10.2).
 * The attempt is counted before `check` runs (login-throttle.ts), so a burst of a hundred parallel guesses
 * gets LOCKOUT_THRESHOLD verifies, one lock and one notice e-mail; the rest are refused without a verify.
 * Each evaluated failure is audited; the lock's audit row and notice commit with the lock.
 * A check refused by the hash queue (HashBusyError) is rethrown for the caller to answer "busy", and its
 * attempt is given back: it guessed nothing, and an overloaded server must not lock its users out.
 */
export async function guardedAttempt(db: Db, subject: AttemptSubject, check: () => Promise<boolean>): Promise<AttemptOutcome> {
  const settings = lockoutSettings();
  const { loginId, account, ip, now } = subject;
  const reservation = subject.counted ?? (await reserveAttempt(db, loginId, now, settings));
  if (reservation.kind === 'locked') return { outcome: 'locked', lockedUntil: reservation.lockedUntil };

  let right: boolean;
  try {
    right = await check();
  } catch (error) {
    // Given back after the fact rather than avoided by taking the hash slot before counting: holding a slot
    // across the database round trip would leave cores idle under exactly the load the queue is for, and
    // every check (a password, an answer, a dummy hash) would have to run outside verifySecret's queue.
    if (error instanceof HashBusyError) await giveBackAttempt(db, loginId, now);
    throw error;
  }
  if (right) {
    if (!subject.counted) await clearFailures(db, loginId, now);
    return { outcome: 'right' };
  }

  const lock = await db.transaction(async (tx) => {
    await recordAudit(tx, {
      action: subject.failureAction,
      targetUserId: account?.id ?? null,
      ip,
      details: { ...subject.failureDetails?.(), attempt: reservation.attempt },
    });
    const started = await settleFailure(tx, loginId, reservation.attempt, now, settings);
    if (started && account) {
      await recordAudit(tx, {
        action: 'auth.lock',
        targetUserId: account.id,
        ip,
        details: { lockCount: started.lockCount, lockedUntil: started.lockedUntil.toISOString() },
      });
      // In the same transaction as the lock: one notice per lock, even with several servers racing.
      await enqueueEmail(tx, {
        template: 'account-locked',
        to: account.email,
        props: {
          name: account.name,
          maskedId: maskLoginId(account.loginId, account.idType),
          lockedUntil: started.lockedUntil.toISOString(),
        },
      });
    }
    return started;
  });
  if (!lock) return { outcome: 'wrong' };
  // Deliver now rather than at the next poll; never throws, and the request does not wait for it.
  if (account) void kickOutbox();
  log.warn('auth.lock', { ip, lockCount: lock.lockCount, accountExists: !!account });
  return { outcome: 'locked', lockedUntil: lock.lockedUntil };
}

/**
 * Undoes reserveAttempt's count for an attempt that was never verified. Not while a lock is in force (the count
 * is not raised then either), and never below zero (a success may have cleared the run meanwhile).
 */
async function giveBackAttempt(db: Db, loginId: string, now: Date): Promise<void> {
  await db
    .update(loginThrottles)
    .set({ failures: sql`${loginThrottles.failures} - 1` })
    .where(
      and(
        eq(loginThrottles.loginId, loginId),
        gte(loginThrottles.failures, 1),
        or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, now)),
      ),
    );
}

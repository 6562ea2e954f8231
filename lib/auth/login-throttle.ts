import 'server-only';
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { loginThrottles } from '@/db/schema';
import { isLocked, nextLock, type LockoutSettings } from './lockout';

/**
 * Attempts per canonical login id, whether or not an account has that id, so that a lock says nothing about
 * whether the id is registered. In the database, so the count holds across several server instances.
 *
 * An attempt is counted BEFORE its password (or security answer) is verified, in one statement: however
 * many arrive at once, only the first LOCKOUT_THRESHOLD get a number at or under the threshold and are
 * verified; every later one is refused as locked without a verify. `failures` therefore counts failed
 * attempts plus those still being verified. The attempt numbered exactly LOCKOUT_THRESHOLD decides: if it
 * fails, it starts the lock (once: a guarded update); a success at any point clears the count.
 */

/** An attempt still unsettled after this long was lost with its process; its count no longer holds others back. */
const STALE_ATTEMPT_MS = 60_000;

export type Reservation =
  /** This attempt may be verified; `attempt` is its place in the run of consecutive failures. */
  | { kind: 'evaluate'; attempt: number }
  /** A lock is in force, or the threshold is taken by attempts still in flight: refuse without a verify. */
  | { kind: 'locked'; lockedUntil: Date };

export async function reserveAttempt(executor: Executor, loginId: string, now: Date, s: LockoutSettings): Promise<Reservation> {
  const [row] = await executor
    .insert(loginThrottles)
    .values({ loginId, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.loginId,
      set: { failures: nextFailureCount(now, s), updatedAt: now },
      setWhere: countsNow(now),
    })
    .returning({ failures: loginThrottles.failures, lockCount: loginThrottles.lockCount, lockedUntil: loginThrottles.lockedUntil });
  return reservationOf(row, row ? null : await currentLock(executor, loginId), now, s);
}

/**
 * The count an attempt takes (SQL, in the upsert that counts it): one more, except that a run left at the
 * threshold by attempts whose process was lost restarts at 1.
 */
export function nextFailureCount(now: Date, s: LockoutSettings) {
  const stale = new Date(now.getTime() - STALE_ATTEMPT_MS);
  return sql`case when ${loginThrottles.failures} >= ${s.threshold} and ${loginThrottles.updatedAt} < ${stale.toISOString()}::timestamptz then 1 else ${loginThrottles.failures} + 1 end`;
}

/** No count while a lock is in force (SQL): the attempt is refused and the lock's run is not extended. */
export function countsNow(now: Date) {
  return or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, now));
}

/**
 * What the counting upsert's answer means. `row`: what it returned (none when a lock in force kept it from
 * counting); `lockedBefore`: the id's lock as it stood, read when there is no row.
 */
export function reservationOf(
  row: { failures: number; lockCount: number; lockedUntil: Date | null } | undefined,
  lockedBefore: Date | null,
  now: Date,
  s: LockoutSettings,
): Reservation {
  // Unlocked between the count and the read: refusing this one attempt is harmless.
  if (!row) return { kind: 'locked', lockedUntil: isLocked(lockedBefore, now) ? lockedBefore : new Date(now.getTime() + 60_000) };
  if (row.failures <= s.threshold) return { kind: 'evaluate', attempt: row.failures };
  // The threshold is taken by attempts in flight; the lock they are about to start is the one to announce.
  return { kind: 'locked', lockedUntil: nextLock(row, now, s).lockedUntil as Date };
}

export async function currentLock(executor: Executor, loginId: string): Promise<Date | null> {
  const [row] = await executor
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(eq(loginThrottles.loginId, loginId));
  return row?.lockedUntil ?? null;
}

/**
 * A verified attempt that failed. Only the attempt numbered LOCKOUT_THRESHOLD starts the lock, and only if the
 * run is still unbroken (no success cleared it meanwhile) and no lock is in force: one burst, one lock. Run
 * it in the transaction that writes the lock's audit row and e-mail.
 */
export async function settleFailure(
  executor: Executor,
  loginId: string,
  attempt: number,
  now: Date,
  s: LockoutSettings,
): Promise<{ lockCount: number; lockedUntil: Date } | null> {
  if (attempt !== s.threshold) return null;
  const [history] = await executor
    .select({ lockCount: loginThrottles.lockCount, lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(eq(loginThrottles.loginId, loginId));
  if (!history) return null;
  const lock = nextLock(history, now, s);
  const [locked] = await executor
    .update(loginThrottles)
    .set({ failures: 0, lockCount: lock.lockCount, lockedUntil: lock.lockedUntil, updatedAt: now })
    .where(
      and(
        eq(loginThrottles.loginId, loginId),
        gte(loginThrottles.failures, s.threshold),
        or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, now)),
      ),
    )
    .returning({ lockCount: loginThrottles.lockCount });
  return locked ? { lockCount: lock.lockCount, lockedUntil: lock.lockedUntil as Date } : null;
}

/**
 * A success clears the consecutive failures. The lock history (lockCount, lockedUntil) stays so the doubling
 * can fade by time rather than by the owner logging in (see nextLock).
 */
export async function clearFailures(executor: Executor, loginId: string, now: Date): Promise<void> {
  await executor
    .update(loginThrottles)
    .set({ failures: 0, updatedAt: now })
    .where(and(eq(loginThrottles.loginId, loginId), gte(loginThrottles.failures, 1)));
}

/** Ends a lock early (password recovery, an officer). Clears the escalation too: a person has vouched. */
export async function releaseLock(executor: Executor, loginId: string, now: Date): Promise<void> {
  await executor
    .update(loginThrottles)
    .set({ failures: 0, lockCount: 0, lockedUntil: null, updatedAt: now })
    .where(eq(loginThrottles.loginId, loginId));
}

/**
 * Rows that no longer matter: no failure for a week and any lock long over (its doubling has faded, see
 * nextLock). Without this every id anyone ever typed would stay a row for ever.
 */
export async function sweepLoginThrottles(executor: Executor, now: Date, s: LockoutSettings): Promise<number> {
  const quiet = new Date(now.getTime() - 7 * 24 * 3_600_000);
  const faded = new Date(now.getTime() - s.maxHours * 3_600_000);
  const gone = await executor
    .delete(loginThrottles)
    .where(and(lte(loginThrottles.updatedAt, quiet), or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, faded))))
    .returning({ loginId: loginThrottles.loginId });
  return gone.length;
}

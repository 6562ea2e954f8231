import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { loginThrottles } from '@/db/schema';
import { nextLock, type LockoutSettings } from './lockout';

/**
 * Failure counts per canonical login id, whether or not an account has that id, so that a lock says
 * nothing about whether the id is registered. Every change is one statement on one row, so several server
 * instances sharing PostgreSQL see one counter.
 */
export async function currentLock(executor: Executor, loginId: string): Promise<Date | null> {
  const [row] = await executor
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(eq(loginThrottles.loginId, loginId));
  return row?.lockedUntil ?? null;
}

export type FailureOutcome = { failures: number; lock: { lockCount: number; lockedUntil: Date } | null };

/**
 * Counts one failure. Run it inside the transaction that also writes the lock's audit row and e-mail: the
 * upsert takes the row lock, so a concurrent failure for the same id waits, then sees the reset count and
 * cannot start a second lock (exactly one notice per lock).
 */
export async function recordFailure(executor: Executor, loginId: string, now: Date, s: LockoutSettings): Promise<FailureOutcome> {
  const [row] = await executor
    .insert(loginThrottles)
    .values({ loginId, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.loginId,
      set: { failures: sql`${loginThrottles.failures} + 1`, updatedAt: now },
    })
    .returning({ failures: loginThrottles.failures, lockCount: loginThrottles.lockCount, lockedUntil: loginThrottles.lockedUntil });
  if (row.failures < s.threshold) return { failures: row.failures, lock: null };

  const lock = nextLock(row, now, s);
  const [locked] = await executor
    .update(loginThrottles)
    .set({ failures: 0, lockCount: lock.lockCount, lockedUntil: lock.lockedUntil, updatedAt: now })
    // Guard for callers that run this outside a transaction: only the statement that still sees the
    // threshold crossed starts the lock.
    .where(and(eq(loginThrottles.loginId, loginId), gte(loginThrottles.failures, s.threshold)))
    .returning({ lockCount: loginThrottles.lockCount });
  if (!locked) return { failures: row.failures, lock: null };
  return { failures: row.failures, lock: { lockCount: lock.lockCount, lockedUntil: lock.lockedUntil as Date } };
}

/**
 * A successful log-in clears the consecutive failures. The lock history (lockCount, lockedUntil) stays so
 * the doubling can fade by time rather than by the owner logging in (see nextLock).
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

import { env } from '@/lib/config/env';

/**
 * Lockout arithmetic (requirements §2.3), kept free of I/O so the rule can be read and tested on its own:
 * LOCKOUT_THRESHOLD consecutive failures lock an id for LOCKOUT_BASE_MINUTES, each further lock lasts twice
 * as long as the one before, never longer than LOCKOUT_MAX_HOURS.
 */
export type LockoutSettings = { threshold: number; baseMinutes: number; maxHours: number };

export function lockoutSettings(): LockoutSettings {
  const e = env();
  return { threshold: e.LOCKOUT_THRESHOLD, baseMinutes: e.LOCKOUT_BASE_MINUTES, maxHours: e.LOCKOUT_MAX_HOURS };
}

/** Minutes the n-th lock in a row lasts (n counts from 1). */
export function lockDurationMinutes(n: number, s: Pick<LockoutSettings, 'baseMinutes' | 'maxHours'>): number {
  const cap = s.maxHours * 60;
  // 2 ** n overflows to Infinity long before it matters; Math.min still gives the cap.
  return Math.min(s.baseMinutes * 2 ** (Math.max(1, n) - 1), cap);
}

export type LockState = { lockCount: number; lockedUntil: Date | null };

/**
 * The lock that the failure crossing the threshold starts. The doubling remembers earlier locks, but only
 * while they are recent: once the previous lock ended more than LOCKOUT_MAX_HOURS ago, the next one is
 * back to the base length. A persistent guesser keeps meeting long locks (a successful log-in by the owner
 * in between does not help the guesser), while an owner who mistypes a few times a month always gets the
 * short one.
 */
export function nextLock(previous: LockState, now: Date, s: LockoutSettings): LockState {
  const fadedAt = previous.lockedUntil ? previous.lockedUntil.getTime() + s.maxHours * 3_600_000 : -Infinity;
  const lockCount = (now.getTime() >= fadedAt ? 0 : previous.lockCount) + 1;
  return { lockCount, lockedUntil: new Date(now.getTime() + lockDurationMinutes(lockCount, s) * 60_000) };
}

export function isLocked(lockedUntil: Date | null | undefined, now: Date): lockedUntil is Date {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

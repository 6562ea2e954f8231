import { isLocked, lockDurationMinutes, type LockoutSettings } from '@/lib/auth/lockout';

/**
 * Whether an id's lock stops a recovery link from taking answers to the security question (SPEC §5: wrong
 * answers count like wrong passwords, and "using it unlocks a locked account").
 *
 * A lock already in force when the link was sent is what the link is for: the owner, locked out by
 * someone guessing, answers and chooses a new password, which lifts it. A lock that began after the link was
 * sent — five wrong answers to it, or a guesser at work meanwhile — holds for the link too; otherwise a
 * stolen link would allow unlimited guesses. The owner can ask for a new link, itself throttled per id.
 *
 * The lock's start is its end less its length (lockout.ts: the n-th lock in a row lasts baseMinutes·2^(n-1)).
 * Returns the end of a lock that applies, or null.
 */
export function lockAgainstLink(
  lock: { lockCount: number; lockedUntil: Date | null } | undefined,
  linkIssuedAt: Date,
  now: Date,
  settings: LockoutSettings,
): Date | null {
  if (!lock || !isLocked(lock.lockedUntil, now)) return null;
  const startedAt = lock.lockedUntil.getTime() - lockDurationMinutes(lock.lockCount, settings) * 60_000;
  return startedAt >= linkIssuedAt.getTime() ? lock.lockedUntil : null;
}

import 'server-only';
import { getDb } from '@/db';
import { findUserForLogin, getUserSummary } from '@/db/queries/users';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { verifySecret } from '@/lib/crypto/argon';

/**
 * Moving the account's e-mail moves Lupa Katalaluan with it, so a session cookie alone must not be enough
 * (requirements §10.6): the current password is asked for, as Tukar Kata Laluan asks for it.
 */
export function needsCurrentPassword({
  currentEmail,
  pendingEmail,
  requestedEmail,
}: {
  currentEmail: string;
  pendingEmail?: string | null;
  requestedEmail: string | undefined;
}): boolean {
  if (requestedEmail === undefined || requestedEmail === currentEmail) return false;
  // Saved again with the address already waiting for its link: that request was authorised when made.
  return requestedEmail !== pendingEmail;
}

export type CurrentPasswordCheck =
  | { ok: true }
  | { ok: false; reason: 'required' | 'wrong' }
  /** Too many wrong passwords for this id, here or at LOG MASUK: the password is not even checked. */
  | { ok: false; reason: 'locked'; lockedUntil: Date };

/**
 * The account's password, checked as a log-in checks it (lib/auth/guarded-attempt.ts): a wrong one is a
 * failed log-in for the id (same counter, lock and notice as LOG MASUK), so a session left open cannot be
 * used to guess it. Writes its own transactions: call it before, never inside, the caller's transaction.
 *
 * The one place the profile touches the lockout machinery, so a change to it is made here only.
 */
export async function checkCurrentPassword({
  userId,
  password,
  ip,
  now = new Date(),
}: {
  userId: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<CurrentPasswordCheck> {
  if (!password) return { ok: false, reason: 'required' };
  const db = await getDb();
  const summary = await getUserSummary(db, userId);
  const user = summary ? await findUserForLogin(db, summary.loginId) : undefined;
  if (!user) return { ok: false, reason: 'wrong' };

  const attempt = await guardedAttempt(
    db,
    { loginId: user.loginId, account: user, ip, now, failureAction: 'profile.email_change_password_wrong' },
    () => verifySecret(user.passwordHash, password),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  return attempt.outcome === 'right' ? { ok: true } : { ok: false, reason: 'wrong' };
}

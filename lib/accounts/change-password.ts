import 'server-only';
import { getDb } from '@/db';
import { findUserForLogin, getUserSummary, lockUserForPasswordChange } from '@/db/queries/users';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { clearFailures } from '@/lib/auth/login-throttle';
import { verifySecret } from '@/lib/crypto/argon';
import { kickOutbox } from '@/lib/mail/outbox';
import { applyNewPassword, type NewPasswordApplied } from './apply-new-password';
import { newPasswordProblems, type PasswordFieldErrors } from './new-password-problems';

export type ChangePasswordFieldErrors = PasswordFieldErrors & { current?: ('required' | 'wrong')[] };

export type ChangePasswordResult =
  | ({ ok: true } & NewPasswordApplied)
  | { ok: false; reason: 'invalid'; fieldErrors: ChangePasswordFieldErrors }
  /** Too many wrong passwords for this id, here or at LOG MASUK: the current password is not even checked. */
  | { ok: false; reason: 'locked'; lockedUntil: Date }
  /** No such account, not active, or first-log-in steps still owed: this page is not for it. */
  | { ok: false; reason: 'not_allowed' };

export type ChangePasswordInput = { userId: string; currentPassword: string; password: string; confirm: string; ip: string; now?: Date };

/**
 * Tukar Kata Laluan (requirements §5): the current password, then a new one under the KATALALUAN BARU policy. A
 * wrong current password is a failed log-in for the id (same counter, lock and notice as LOG MASUK), so a
 * session left open cannot be used to guess the password. Every problem is reported at once. On success,
 * in one transaction: the failure count cleared and the password applied as every route applies one
 * (./apply-new-password.ts: recovery links retired, every session ended, audited, the notice queued). The
 * caller moves its own session to the returned version.
 */
export async function changePassword({
  userId,
  currentPassword,
  password,
  confirm,
  ip,
  now = new Date(),
}: ChangePasswordInput): Promise<ChangePasswordResult> {
  const db = await getDb();
  const summary = await getUserSummary(db, userId);
  const user = summary ? await findUserForLogin(db, summary.loginId) : undefined;
  if (!user || user.status !== 'active' || user.pendingSteps.length > 0) return { ok: false, reason: 'not_allowed' };

  const fieldErrors: ChangePasswordFieldErrors = (await newPasswordProblems(password, confirm, user)) ?? {};
  if (!currentPassword) fieldErrors.current = ['required'];
  else {
    const attempt = await guardedAttempt(
      db,
      { loginId: user.loginId, account: user, ip, now, failureAction: 'auth.password_change_wrong' },
      () => verifySecret(user.passwordHash, currentPassword),
    );
    if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
    if (attempt.outcome === 'wrong') fieldErrors.current = ['wrong'];
  }
  if (Object.keys(fieldErrors).length) return { ok: false, reason: 'invalid', fieldErrors };

  const result = await db.transaction(async (tx): Promise<ChangePasswordResult> => {
    const locked = await lockUserForPasswordChange(tx, userId);
    // Changed meanwhile (another tab, a recovery): the password just verified is no longer the current one.
    if (!locked || locked.passwordHash !== user.passwordHash || locked.sessionVersion !== user.sessionVersion) {
      return { ok: false, reason: 'invalid', fieldErrors: { current: ['wrong'] } };
    }
    await clearFailures(tx, locked.loginId, now);
    const applied = await applyNewPassword(tx, {
      user: locked,
      password,
      pendingSteps: locked.pendingSteps,
      at: now,
      ip,
      audit: { action: 'auth.password_change', details: { firstLogin: false } },
    });
    return { ok: true, ...applied };
  });
  if (result.ok) void kickOutbox();
  return result;
}

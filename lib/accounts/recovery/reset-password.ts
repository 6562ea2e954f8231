import 'server-only';
import { getDb } from '@/db';
import { consumeRecoveryToken, findUsableLink } from '@/db/queries/recovery-tokens';
import { lockUserForPasswordChange } from '@/db/queries/users';
import type { RequiredStep } from '@/db/schema';
import { applyNewPassword } from '@/lib/accounts/apply-new-password';
import { statusAfter } from '@/lib/accounts/first-login/result';
import { newPasswordProblems, type PasswordFieldErrors } from '@/lib/accounts/new-password-problems';
import { releaseLock } from '@/lib/auth/login-throttle';
import { withoutStep } from '@/lib/auth/steps';
import { kickOutbox } from '@/lib/mail/outbox';
import { hashRecoveryToken, isRecoveryTokenShape } from './token';

export type ResetPasswordResult =
  | { ok: true; pendingSteps: RequiredStep[]; status: 'pending' | 'active'; sessionVersion: number }
  /** Used, expired, unknown, or the account disabled or locked by an officer: the page offers a new link. */
  | { ok: false; reason: 'invalid_link' }
  /** The link's security question has not been answered yet. */
  | { ok: false; reason: 'question_owed' }
  | { ok: false; reason: 'invalid'; fieldErrors: PasswordFieldErrors };

export type ResetPasswordInput = {
  token: string;
  /** That the right answer was given for this token (the caller keeps that in a sealed cookie). */
  answered: boolean;
  password: string;
  confirm: string;
  ip: string | null;
  now?: Date;
};

/**
 * Lupa Katalaluan's last step (requirements §5.3–4): a new password under the KATALALUAN BARU policy. In one
 * transaction: the link used up (a conditional update, so a double submission uses it once), 'password'
 * dropped from the first-log-in steps (a pending user does the rest at the next log-in), the throttle's
 * temporary lock lifted — not an officer's lock (status 'locked'), which refuses the link — and the password applied as every route applies
 * one (../apply-new-password.ts: every other link retired, every session ended, audited, the notice
 * queued). A refused password leaves the link usable.
 */
export async function resetPasswordWithLink({
  token,
  answered,
  password,
  confirm,
  ip,
  now = new Date(),
}: ResetPasswordInput): Promise<ResetPasswordResult> {
  if (!isRecoveryTokenShape(token)) return { ok: false, reason: 'invalid_link' };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ResetPasswordResult> => {
    const link = await findUsableLink(tx, hashRecoveryToken(token), now);
    // An officer's lock (status 'locked') survives a recovery: only an officer lifts it (decision 0006). Its
    // links were retired when it was set; one asked for since is refused here.
    if (!link || link.status === 'disabled' || link.status === 'locked') return { ok: false, reason: 'invalid_link' };
    if (link.answerHash && !answered) return { ok: false, reason: 'question_owed' };

    const user = await lockUserForPasswordChange(tx, link.userId);
    if (!user || user.status === 'disabled' || user.status === 'locked') return { ok: false, reason: 'invalid_link' };
    const fieldErrors = await newPasswordProblems(password, confirm, user);
    if (fieldErrors) return { ok: false, reason: 'invalid', fieldErrors };
    if (!(await consumeRecoveryToken(tx, link.tokenId, now))) return { ok: false, reason: 'invalid_link' };

    const pendingSteps = withoutStep(user.pendingSteps, 'password');
    // statusAfter keeps a pending user pending until the remaining steps are done.
    const status = statusAfter(user.status, pendingSteps);
    await releaseLock(tx, user.loginId, now);
    const { sessionVersion } = await applyNewPassword(tx, {
      user,
      password,
      pendingSteps,
      status,
      at: now,
      ip,
      audit: { action: 'recovery.password_reset', details: { previousStatus: user.status, status, pendingSteps } },
    });
    return { ok: true, pendingSteps, status, sessionVersion };
  });
  if (result.ok) void kickOutbox();
  return result;
}

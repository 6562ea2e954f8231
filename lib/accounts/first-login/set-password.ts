import 'server-only';
import { getDb } from '@/db';
import { lockUserForPasswordChange, storeNewPassword } from '@/db/queries/users';
import { maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { stepGate, withoutStep } from '@/lib/auth/steps';
import { hashSecret } from '@/lib/crypto/argon';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { newPasswordProblems, type PasswordFieldErrors, type PasswordProblem } from '../new-password-problems';
import { refusal, statusAfter, type StepDone, type StepRefusal } from './result';

export type { PasswordFieldErrors, PasswordProblem };

export type SetPasswordResult =
  | (StepDone & { sessionVersion: number; previousSessionVersion: number })
  | StepRefusal
  | { ok: false; reason: 'invalid'; fieldErrors: PasswordFieldErrors };

export type SetPasswordInput = { userId: string; password: string; confirm: string; ip: string | null; now?: Date };

/**
 * KATALALUAN BARU (SPEC §3.2). Refuses a password that breaks the policy, is on the common-password list,
 * contains the login id, or is the generated password itself. On success, in one transaction: the new
 * hash, the generated password gone, the step done, the session version bumped (every other session ends at
 * its next request: SPEC §5), the audit row and the notice e-mail.
 *
 * The caller's own session must then move to the returned version (lib/auth/session-refresh.ts), or it
 * ends with the others.
 */
export async function setPassword({ userId, password, confirm, ip, now = new Date() }: SetPasswordInput): Promise<SetPasswordResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<SetPasswordResult> => {
    const user = await lockUserForPasswordChange(tx, userId);
    if (!user) return refusal('gone', []);
    const gate = stepGate('password', user.pendingSteps);
    if (!gate.ok) return refusal(gate.reason, user.pendingSteps);

    const fieldErrors = await newPasswordProblems(password, confirm, user);
    if (fieldErrors) return { ok: false, reason: 'invalid', fieldErrors };

    const pendingSteps = withoutStep(user.pendingSteps, 'password');
    const status = statusAfter(user.status, pendingSteps);
    const sessionVersion = user.sessionVersion + 1;
    await storeNewPassword(tx, userId, { passwordHash: await hashSecret(password), pendingSteps, status, at: now, sessionVersion });
    await recordAudit(tx, { action: 'auth.password_change', actorUserId: userId, targetUserId: userId, ip, details: { firstLogin: true } });
    await enqueueEmail(tx, {
      template: 'password-changed',
      to: user.email,
      props: { name: user.name, maskedId: maskLoginId(user.loginId, user.idType), changedAt: now.toISOString() },
    });
    return { ok: true, pendingSteps, status, sessionVersion, previousSessionVersion: user.sessionVersion };
  });
  // The notice goes out right after the commit; kickOutbox never throws and is not awaited.
  if (result.ok) void kickOutbox();
  return result;
}

import 'server-only';
import { getDb } from '@/db';
import { lockUserForPasswordChange } from '@/db/queries/users';
import { stepGate, withoutStep } from '@/lib/auth/steps';
import { kickOutbox } from '@/lib/mail/outbox';
import { applyNewPassword, type NewPasswordApplied } from '../apply-new-password';
import { newPasswordProblems, type PasswordFieldErrors } from '../new-password-problems';
import { refusal, statusAfter, type StepDone, type StepRefusal } from './result';

export type SetPasswordResult =
  (StepDone & NewPasswordApplied) | StepRefusal | { ok: false; reason: 'invalid'; fieldErrors: PasswordFieldErrors };

export type SetPasswordInput = { userId: string; password: string; confirm: string; ip: string | null; now?: Date };

/**
 * KATALALUAN BARU (requirements §3.2). Refuses a password that breaks the policy, is on the common-password list,
 * contains the login id, or is the generated password itself. On success, in one transaction: the step
 * done and the password applied as every route applies one (../apply-new-password.ts) — which also
 * retires a recovery link asked for meanwhile, and ends every other session (requirements §5).
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
    const applied = await applyNewPassword(tx, {
      user,
      password,
      pendingSteps,
      status,
      at: now,
      ip,
      audit: { action: 'auth.password_change', details: { firstLogin: true } },
    });
    return { ok: true, pendingSteps, status, ...applied };
  });
  // The notice goes out right after the commit; kickOutbox never throws and is not awaited.
  if (result.ok) void kickOutbox();
  return result;
}

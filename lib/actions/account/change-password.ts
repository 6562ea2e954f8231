'use server';

import { redirect } from 'next/navigation';
import { changePassword } from '@/lib/accounts/change-password';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { keepThisSession } from '@/lib/actions/auth/keep-this-session';
import { requestContext } from '@/lib/actions/auth/request-context';
import { passwordFieldMessages } from '@/lib/actions/password-messages';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';
import { CHANGE_PASSWORD_DONE, type ChangePasswordState } from './change-password-state';

/**
 * Tukar Kata Laluan (requirements §5). Every other session of the user ends at its next request; this one moves to
 * the new session version through a sealed proof given to Auth.js's update (lib/auth/session-refresh.ts),
 * as KATALALUAN BARU does.
 */
export async function changePasswordAction(prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const user = await requireCompletedSteps();
  const currentPassword = String(formData.get('current') ?? '').slice(0, 200);
  const password = String(formData.get('password') ?? '').slice(0, 200);
  const confirm = String(formData.get('confirm') ?? '').slice(0, 200);
  const { ip } = await requestContext();

  const result = await changePassword({ userId: user.id, currentPassword, password, confirm, ip }).catch((error: unknown) => {
    // Turned away by the hash queue: nothing counted, nothing changed (the new hash is inside the transaction).
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { ok: false as const, reason: 'busy' as const, problem };
  });
  if (!result.ok) {
    switch (result.reason) {
      case 'invalid': {
        const { current, ...rest } = result.fieldErrors;
        const messages = passwordFieldMessages(rest);
        const errors: ChangePasswordState['errors'] = {};
        if (current)
          errors.current = [
            { key: current.includes('wrong') ? 'recovery.change.errors.currentWrong' : 'recovery.change.errors.currentRequired' },
          ];
        if (messages.password) errors.password = messages.password;
        if (messages.confirm) errors.confirm = messages.confirm;
        return { status: 'error', attempt, values: {}, errors };
      }
      case 'locked':
        return {
          status: 'error',
          attempt,
          values: {},
          errors: {},
          problem: { key: 'recovery.change.errors.locked', vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } },
        };
      case 'busy':
        return { status: 'error', attempt, values: {}, errors: {}, problem: result.problem };
      default:
        return { status: 'error', attempt, values: {}, errors: {}, problem: { key: 'recovery.change.errors.notAllowed' } };
    }
  }

  await keepThisSession(user, result);
  // A redirect, not a re-render in this request: the page would read the session from the request's old
  // cookie, whose version has just been retired. The next request carries the re-issued cookie.
  redirect(CHANGE_PASSWORD_DONE);
}

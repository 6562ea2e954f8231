'use server';

import { redirect } from 'next/navigation';
import { resetPasswordWithLink } from '@/lib/accounts/recovery/reset-password';
import { RECOVERY_DONE_PATH, RECOVERY_SET_PATH } from '@/lib/accounts/recovery/token';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { requestContext } from '@/lib/actions/auth/request-context';
import type { PasswordField, StepFormState } from '@/lib/actions/auth/step-state';
import { passwordFieldMessages } from '@/lib/actions/password-messages';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { clearLinkCookie, readLinkCookie } from './link-cookie';

type State = StepFormState<PasswordField>;

/**
 * The new password behind a recovery link (requirements §5.3–4), with the KATALALUAN BARU form. Every session of
 * the user ends, this browser's too if it had one: the success page sends the user to log in.
 */
export async function resetRecoveredPasswordAction(prev: State, formData: FormData): Promise<State> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const cookie = await readLinkCookie();
  if (!cookie) redirect(RECOVERY_SET_PATH);

  const password = String(formData.get('password') ?? '').slice(0, 200);
  const confirm = String(formData.get('confirm') ?? '').slice(0, 200);
  const { ip } = await requestContext();
  let result: Awaited<ReturnType<typeof resetPasswordWithLink>>;
  try {
    result = await resetPasswordWithLink({ token: cookie.token, answered: cookie.answered, password, confirm, ip });
  } catch (error) {
    // A hash turned away by the queue; the new hash is taken inside the transaction, which rolled back.
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { status: 'error', attempt, values: {}, errors: {}, problem };
  }

  if (!result.ok) {
    if (result.reason === 'invalid') {
      return { status: 'error', attempt, values: {}, errors: passwordFieldMessages(result.fieldErrors) };
    }
    // A used or expired link, or the question still owed: the page shows which.
    redirect(RECOVERY_SET_PATH);
  }
  await clearLinkCookie();
  redirect(RECOVERY_DONE_PATH);
}

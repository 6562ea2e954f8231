'use server';

import { confirmEmailChange } from '@/lib/accounts/profile/email-change';
import { requireCompletedSteps } from '@/lib/auth/guards';
import type { FormState } from '@/lib/forms/form-state';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { requestContext } from '../auth/request-context';
import { appBaseUrl } from '@/lib/config/app-url';

/** A refused link is a problem of profile.emailChange (invalid, cancelled, used, expired, emailLocked); no fields. */
export type ConfirmEmailChangeState = FormState<never, 'done'> & {
  /** With 'done': the account's new address. */
  email?: string;
};

/**
 * The button on the link's page (opening the link changes nothing: mail scanners open links). The token
 * comes from the form; whose account it changes comes from the session, and the domain checks they match.
 */
export async function confirmEmailChangeAction(prev: ConfirmEmailChangeState, formData: FormData): Promise<ConfirmEmailChangeState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const user = await requireCompletedSteps();
  const token = String(formData.get('token') ?? '').slice(0, 100);
  const { ip } = await requestContext();
  const result = await confirmEmailChange({ userId: user.id, token, ip, linkBase: appBaseUrl() });
  if (result.ok) return { status: 'done', attempt, values: {}, errors: {}, email: result.newEmail };
  const reason = result.reason === 'email_locked' ? 'emailLocked' : result.reason;
  return { status: 'error', attempt, values: {}, errors: {}, problem: { key: `profile.emailChange.${reason}` } };
}

'use server';

import { cancelEmailChange } from '@/lib/accounts/profile/cancel-email-change';
import type { FormState } from '@/lib/forms/form-state';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { requestContext } from '../auth/request-context';

/**
 * cancelled: the change will not happen; restored: a change that had taken effect was reversed. A refused
 * link is a problem of profile.emailCancel (invalid, used, closed, expired); no fields.
 */
export type CancelEmailChangeState = FormState<never, 'cancelled' | 'restored'> & {
  /** With 'restored': the address put back, masked. */
  email?: string;
};

/**
 * The button on the old address's link page (opening the link changes nothing: mail scanners open links).
 * No session: the link is the authority — it reached the address the account had — and the person using it
 * may have been locked out of the account by the very change they undo.
 */
export async function cancelEmailChangeAction(prev: CancelEmailChangeState, formData: FormData): Promise<CancelEmailChangeState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const token = String(formData.get('token') ?? '').slice(0, 100);
  const { ip } = await requestContext();
  const result = await cancelEmailChange({ token, ip });
  if (!result.ok) return { status: 'error', attempt, values: {}, errors: {}, problem: { key: `profile.emailCancel.${result.reason}` } };
  if (result.outcome === 'restored') return { status: 'restored', attempt, values: {}, errors: {}, email: result.email };
  return { status: 'cancelled', attempt, values: {}, errors: {} };
}

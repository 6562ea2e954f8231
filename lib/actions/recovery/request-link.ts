'use server';

import { after } from 'next/server';
import { requestRecoveryLink } from '@/lib/accounts/recovery/request-link';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { requestContext } from '@/lib/actions/auth/request-context';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { kickOutbox } from '@/lib/mail/outbox';
import { emailProblem } from '@/lib/validation/fields';
import type { RecoveryRequestState } from './state';

/**
 * Lupa Katalaluan, the request (requirements §5.1): validate the two fields, then hand over to the domain, which
 * throttles, matches and e-mails. The answer is 'sent' whatever the match — the page says "Jika maklumat
 * anda sepadan dengan rekod kami, satu e-mel telah dihantar."
 */
export async function requestRecoveryLinkAction(prev: RecoveryRequestState, formData: FormData): Promise<RecoveryRequestState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const values = {
    loginId: String(formData.get('loginId') ?? '').slice(0, 100),
    email: String(formData.get('email') ?? '').slice(0, 300),
  };

  const errors: RecoveryRequestState['errors'] = {};
  if (!canonicalLoginId(values.loginId)) errors.loginId = [{ key: 'recovery.request.errors.loginIdRequired' }];
  const email = values.email.trim();
  // The same check as every form that takes an e-mail (lib/validation/fields.ts).
  const problem = emailProblem(email);
  if (problem)
    errors.email = [{ key: problem === 'required' ? 'recovery.request.errors.emailRequired' : 'recovery.request.errors.emailFormat' }];
  if (Object.keys(errors).length) return { status: 'error', attempt, values, errors };

  const { ip } = await requestContext();
  const result = await requestRecoveryLink({ loginId: values.loginId, email, ip });
  if (!result.ok) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return { status: 'error', attempt, values, errors: {}, problem: { key: 'recovery.request.errors.throttled', vars: { minutes } } };
  }
  // The match is decided by the outbox, after this answer is on its way (same work whatever was typed).
  after(kickOutbox);
  // Nothing typed is sent back: the panel replaces the form.
  const cleared: RecoveryRequestState['values'] = { loginId: '', email: '' };
  return { status: 'sent', attempt, values: cleared, errors: {} };
}

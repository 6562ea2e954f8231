'use server';

import { redirect } from 'next/navigation';
import { answerRecoveryQuestion } from '@/lib/accounts/recovery/answer-question';
import { findRecoveryLink } from '@/lib/accounts/recovery/open-link';
import { RECOVERY_SET_PATH } from '@/lib/accounts/recovery/token';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { requestContext } from '@/lib/actions/auth/request-context';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';
import { readLinkCookie, writeLinkCookie } from './link-cookie';
import type { RecoveryQuestionState } from './state';

/**
 * The security question behind a recovery link (requirements §5.3). The link is the one in this browser's recovery
 * cookie; a right answer is written into that (sealed) cookie and the page moves on to the new password.
 */
export async function answerRecoveryQuestionAction(prev: RecoveryQuestionState, formData: FormData): Promise<RecoveryQuestionState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const cookie = await readLinkCookie();
  // No usable link: the page itself says so and offers a new one.
  if (!cookie) redirect(RECOVERY_SET_PATH);

  const answer = String(formData.get('answer') ?? '').slice(0, 500);
  const { ip } = await requestContext();
  let result: Awaited<ReturnType<typeof answerRecoveryQuestion>>;
  try {
    result = await answerRecoveryQuestion({ token: cookie.token, answer, ip });
  } catch (error) {
    // Turned away by the hash queue: the answer was not checked and its attempt was given back.
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { status: 'error', attempt, values: {}, errors: {}, problem };
  }
  if (result.ok) {
    const link = await findRecoveryLink(cookie.token);
    if (link) await writeLinkCookie({ token: cookie.token, answered: true }, link.expiresAt);
    redirect(RECOVERY_SET_PATH);
  }
  switch (result.reason) {
    case 'required':
      return { status: 'error', attempt, values: {}, errors: { answer: [{ key: 'recovery.question.errors.required' }] } };
    case 'wrong':
      return { status: 'error', attempt, values: {}, errors: { answer: [{ key: 'recovery.question.errors.wrong' }] } };
    case 'budget':
      return {
        status: 'error',
        attempt,
        values: {},
        errors: {},
        problem: { key: 'recovery.question.errors.budget', vars: { hours: Math.max(1, Math.ceil(result.retryAfterSeconds / 3600)) } },
      };
    case 'locked':
      return {
        status: 'error',
        attempt,
        values: {},
        errors: {},
        problem: { key: 'recovery.question.locked', vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } },
      };
    default:
      // invalid_link or no_question: the page shows what applies now.
      redirect(RECOVERY_SET_PATH);
  }
}

'use server';

import { redirect } from 'next/navigation';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { authorizeStepAction } from '@/lib/auth/guards';
import { landingAfterStep } from '@/lib/auth/return-cookie';
import { landingPath } from '@/lib/auth/steps';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { ANSWER_MAX, CUSTOM_QUESTION_MAX } from '@/lib/validation/security-question';
import { requestContext } from './request-context';
import type { SecurityQuestionField, StepFormState } from './step-state';

type State = StepFormState<SecurityQuestionField>;

const MESSAGES: Record<string, string> = {
  'question:required': 'auth.securityQuestion.errors.question',
  'customQuestion:required': 'auth.securityQuestion.errors.customQuestionRequired',
  'customQuestion:tooLong': 'auth.securityQuestion.errors.customQuestionTooLong',
  'answer:required': 'auth.securityQuestion.errors.answerRequired',
  'answer:tooLong': 'auth.securityQuestion.errors.answerTooLong',
  'customQuestion:hidden': 'auth.securityQuestion.errors.customQuestionHidden',
  'customQuestion:marks': 'auth.securityQuestion.errors.customQuestionMarks',
  'answer:hidden': 'auth.securityQuestion.errors.answerHidden',
  'answer:marks': 'auth.securityQuestion.errors.answerMarks',
};

/** PERINGATAN KATALALUAN (requirements §3.3): the last first-log-in step; then the dashboard. */
export async function setSecurityQuestionAction(prev: State, formData: FormData): Promise<State> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const gate = await authorizeStepAction('security_question');
  if (!gate.ok) {
    const key = gate.reason === 'earlier_step_owed' ? 'auth.steps.outOfOrder' : 'auth.steps.alreadyDone';
    return { status: 'error', attempt, values: {}, errors: {}, problem: { key }, next: gate.next };
  }

  const question = String(formData.get('question') ?? '');
  const customQuestion = String(formData.get('customQuestion') ?? '').slice(0, 500);
  const answer = String(formData.get('answer') ?? '').slice(0, 500);
  const { ip } = await requestContext();
  let result: Awaited<ReturnType<typeof setSecurityQuestion>>;
  try {
    result = await setSecurityQuestion({ userId: gate.user.id, input: { question: question as never, customQuestion, answer }, ip });
  } catch (error) {
    // The answer's hash was turned away inside the step's transaction, which rolled back: the step is still owed.
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { status: 'error', attempt, values: { question, customQuestion }, errors: {}, problem };
  }

  if (!result.ok) {
    // The question is not secret and comes back; the answer never does.
    const values = { question, customQuestion };
    if (result.reason !== 'invalid') {
      const key = result.reason === 'earlier_step_owed' ? 'auth.steps.outOfOrder' : 'auth.steps.alreadyDone';
      return { status: 'error', attempt, values, errors: {}, problem: { key }, next: landingPath(result.owed ? [result.owed] : []) };
    }
    const errors: State['errors'] = {};
    for (const [field, codes] of Object.entries(result.fieldErrors) as [SecurityQuestionField, string[]][]) {
      const max = field === 'answer' ? ANSWER_MAX : CUSTOM_QUESTION_MAX;
      errors[field] = codes.map((code) => ({ key: MESSAGES[`${field}:${code}`] ?? MESSAGES[`${field}:required`], vars: { max } }));
    }
    return { status: 'error', attempt, values, errors };
  }
  redirect(await landingAfterStep(result.pendingSteps));
}

'use server';

import { redirect } from 'next/navigation';
import { setPassword } from '@/lib/accounts/first-login/set-password';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { passwordFieldMessages } from '@/lib/actions/password-messages';
import { authorizeStepAction } from '@/lib/auth/guards';
import { landingAfterStep } from '@/lib/auth/return-cookie';
import { landingPath } from '@/lib/auth/steps';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { keepThisSession } from './keep-this-session';
import { requestContext } from './request-context';
import type { PasswordField, StepFormState } from './step-state';

type State = StepFormState<PasswordField>;

/**
 * KATALALUAN BARU (requirements §3.2). After the change every other session of the user ends; this one moves to
 * the new session version through a sealed proof given to Auth.js's update (lib/auth/session-refresh.ts).
 */
export async function setNewPasswordAction(prev: State, formData: FormData): Promise<State> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const gate = await authorizeStepAction('password');
  if (!gate.ok) {
    const key = gate.reason === 'earlier_step_owed' ? 'auth.steps.outOfOrder' : 'auth.steps.alreadyDone';
    return { status: 'error', attempt, values: {}, errors: {}, problem: { key }, next: gate.next };
  }

  const password = String(formData.get('password') ?? '').slice(0, 200);
  const confirm = String(formData.get('confirm') ?? '').slice(0, 200);
  const { ip } = await requestContext();
  let result: Awaited<ReturnType<typeof setPassword>>;
  try {
    result = await setPassword({ userId: gate.user.id, password, confirm, ip });
  } catch (error) {
    // A hash turned away by the queue; the new hash is taken inside the transaction, which rolled back.
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { status: 'error', attempt, values: {}, errors: {}, problem };
  }

  if (!result.ok) {
    if (result.reason !== 'invalid') {
      const key = result.reason === 'earlier_step_owed' ? 'auth.steps.outOfOrder' : 'auth.steps.alreadyDone';
      return { status: 'error', attempt, values: {}, errors: {}, problem: { key }, next: landingPath(result.owed ? [result.owed] : []) };
    }
    return { status: 'error', attempt, values: {}, errors: passwordFieldMessages(result.fieldErrors) };
  }

  await keepThisSession(gate.user, result);
  redirect(await landingAfterStep(result.pendingSteps));
}

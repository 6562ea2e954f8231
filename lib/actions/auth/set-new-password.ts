'use server';

import { redirect } from 'next/navigation';
import { unstable_update } from '@/auth';
import { setPassword, type PasswordProblem } from '@/lib/accounts/first-login/set-password';
import { authorizeStepAction } from '@/lib/auth/guards';
import { sessionRefreshProof } from '@/lib/auth/session-refresh';
import { landingPath } from '@/lib/auth/steps';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';
import { requestContext } from './request-context';
import { makeSessionCookieBrowserScoped } from './browser-session-cookie';
import type { PasswordField, StepFormState } from './step-state';

type State = StepFormState<PasswordField>;

const PROBLEM_KEYS: Record<PasswordProblem, string> = {
  required: 'newPassword.errors.required',
  upper: 'newPassword.errors.upper',
  lower: 'newPassword.errors.lower',
  digit: 'newPassword.errors.digit',
  length: 'newPassword.errors.length',
  noLoginId: 'newPassword.errors.noLoginId',
  common: 'newPassword.errors.common',
  generated: 'newPassword.errors.generated',
};

/**
 * KATALALUAN BARU (SPEC §3.2). After the change every other session of the user ends; this one moves to
 * the new session version through a sealed proof given to Auth.js's update (lib/auth/session-refresh.ts).
 */
export async function setNewPasswordAction(prev: State, formData: FormData): Promise<State> {
  const attempt = prev.attempt + 1;
  const gate = await authorizeStepAction('password');
  if (!gate.ok) {
    const key = gate.reason === 'earlier_step_owed' ? 'steps.outOfOrder' : 'steps.alreadyDone';
    return { status: 'error', attempt, values: {}, errors: {}, problem: { key, href: gate.next } };
  }

  const password = String(formData.get('password') ?? '').slice(0, 200);
  const confirm = String(formData.get('confirm') ?? '').slice(0, 200);
  const { ip } = await requestContext();
  const result = await setPassword({ userId: gate.user.id, password, confirm, ip });

  if (!result.ok) {
    if (result.reason !== 'invalid') {
      const key = result.reason === 'earlier_step_owed' ? 'steps.outOfOrder' : 'steps.alreadyDone';
      return { status: 'error', attempt, values: {}, errors: {}, problem: { key, href: landingPath(result.owed ? [result.owed] : []) } };
    }
    const max = env().PASSWORD_MAX_LENGTH;
    const errors: State['errors'] = {};
    const { password: passwordProblems, confirm: confirmProblems } = result.fieldErrors;
    if (passwordProblems) {
      // The manual's message first; then each reason, so the user knows what to change.
      const reasons = passwordProblems.filter((p) => p !== 'required').map((p) => ({ key: PROBLEM_KEYS[p], vars: { max } }));
      errors.password = passwordProblems.includes('required')
        ? [{ key: PROBLEM_KEYS.required }]
        : [{ key: 'newPassword.errors.policy' }, ...reasons];
    }
    if (confirmProblems) {
      errors.confirm = [{ key: confirmProblems.includes('mismatch') ? 'newPassword.errors.mismatch' : 'newPassword.errors.confirmRequired' }];
    }
    return { status: 'error', attempt, values: {}, errors };
  }

  try {
    await unstable_update({ refresh: sessionRefreshProof(gate.user.id, result.previousSessionVersion, result.sessionVersion) } as never);
    if (!gate.user.remember) await makeSessionCookieBrowserScoped();
  } catch (error) {
    // The password is changed either way; at worst this session ends too and the user logs in again.
    log.warn('auth.session_refresh_failed', { error });
  }
  redirect(landingPath(result.pendingSteps));
}

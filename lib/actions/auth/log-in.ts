'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import type { RequiredStep } from '@/db/schema';
import { signInForSteps } from '@/lib/auth/log-in-outcome';
import { parseLoginRefusal } from '@/lib/auth/login-refusal';
import { keepReturnPath } from '@/lib/auth/return-cookie';
import { safeReturnPath } from '@/lib/auth/return-path';
import { landingPath } from '@/lib/auth/steps';
import type { FieldErrors, Message } from '@/lib/forms/form-state';
import { asFormData, nextAttempt } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log/logger';
import { makeSessionCookieBrowserScoped } from './browser-session-cookie';
import type { LogInField, LogInState } from './log-in-state';

const ticked = (value: FormDataEntryValue | null) => value === 'on';

/**
 * LOG MASUK (requirements §2). A thin wrapper around Auth.js's signIn, whose authorize() calls verifyCredentials:
 * this action checks the form, maps a refusal to its message, makes a session without Ingati Katalaluan
 * a browser-session cookie, and sends the user to the first step owed, else to the page the user was sent
 * here from (the hidden `next`, issue 9 item 6), else the dashboard. With steps owed, that page is kept for
 * after them (lib/auth/return-cookie.ts).
 */
export async function logInAction(prev: LogInState, formData: FormData): Promise<LogInState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const loginId = String(formData.get('loginId') ?? '').slice(0, 100);
  const password = String(formData.get('password') ?? '').slice(0, 200);
  const remember = ticked(formData.get('remember'));
  const terms = ticked(formData.get('terms'));
  const next = safeReturnPath(formData.get('next'));
  const values = { loginId, remember: remember ? 'on' : '', terms: terms ? 'on' : '' };
  const fail = (errors: FieldErrors<LogInField>, problem?: Message): LogInState => ({
    status: 'error',
    attempt,
    values,
    errors,
    problem,
  });

  // Every missing answer at once; the terms box is checked here too, not only by the disabled button.
  const errors: FieldErrors<LogInField> = {};
  if (!loginId.trim()) errors.loginId = [{ key: 'auth.login.errors.loginIdRequired' }];
  if (!password) errors.password = [{ key: 'auth.login.errors.passwordRequired' }];
  if (!terms) errors.terms = [{ key: 'auth.login.errors.terms' }];
  if (Object.keys(errors).length) return fail(errors);

  let steps: RequiredStep[] | undefined;
  try {
    steps = await signInForSteps(() =>
      signIn('credentials', { loginId, password, remember: remember ? 'on' : '', terms: 'on', redirect: false }),
    );
  } catch (error) {
    // signIn signals problems with AuthError; anything else (a redirect among them) is not ours to swallow.
    if (!(error instanceof AuthError)) throw error;
    if (error.type !== 'CredentialsSignin') {
      log.error('auth.login_error', { error });
      return fail({}, { key: 'auth.login.errors.unknown' });
    }
    return fail({}, await refusalMessage((error as AuthError & { code?: string }).code));
  }

  // Signed in without an error means authorize() succeeded and recorded the steps.
  if (!steps) throw new Error('signed in, but the log-in recorded no outcome');
  if (!remember) await makeSessionCookieBrowserScoped();
  await keepReturnPath(steps.length ? next : null);
  redirect(steps.length ? landingPath(steps) : (next ?? landingPath(steps)));
}

async function refusalMessage(code: string | undefined): Promise<Message> {
  const refusal = parseLoginRefusal(code);
  switch (refusal.reason) {
    case 'invalid':
      return { key: 'auth.login.errors.invalid' };
    case 'locked':
      return refusal.lockedUntil
        ? { key: 'auth.login.errors.locked', vars: { until: formatDateTimeMY(refusal.lockedUntil, await getLocale()) } }
        : { key: 'auth.login.errors.lockedByOfficer' };
    case 'throttled':
      return { key: 'auth.login.errors.throttled', vars: { seconds: refusal.retryAfterSeconds } };
    case 'busy':
      return { key: 'auth.login.errors.busy', vars: { seconds: refusal.retryAfterSeconds } };
    case 'expired_generated':
      return { key: 'auth.login.errors.expiredGenerated' };
    case 'disabled':
      return { key: 'auth.login.errors.disabled' };
    case 'terms':
      return { key: 'auth.login.errors.terms' };
    default:
      return { key: 'auth.login.errors.unknown' };
  }
}

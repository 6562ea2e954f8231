import type { CaptchaChallenge } from '@/lib/captcha';
import type { RegisterField, RegisterUserType } from '@/lib/validation/register';

/** Where a message goes: a form field, the type select, or the captcha's answer box (the ids on the page). */
export type RegisterErrorTarget = RegisterField | 'jenis' | 'captcha_answer';

/** A problem of the whole form, with the variables its message needs. */
export type RegisterFormProblem =
  | { kind: 'duplicate' }
  | { kind: 'companyEmailMismatch' }
  | { kind: 'staffDomain' }
  | { kind: 'rateLimited'; seconds: number }
  | { kind: 'addressLimit'; minutes: number }
  | { kind: 'unexpected' };

/**
 * What the registration action returns and the form renders, with or without JavaScript. Messages are keys
 * ("register.errors.…", "captcha.errors.…"), translated by the form. Never holds a password or captcha answer.
 */
export type RegisterFormState =
  | {
      status: 'idle' | 'error';
      /** Counts submissions, so the error summary takes focus again after each one. */
      attempt: number;
      jenis: RegisterUserType | null;
      /** What was typed, as typed: React resets the form after the action, so it comes back as defaults. */
      values: Partial<Record<RegisterField, string>>;
      errors: Partial<Record<RegisterErrorTarget, string>>;
      problem?: RegisterFormProblem;
      /** A new challenge after every submission (the last one was used up); null = keep the page's. */
      captcha: CaptchaChallenge | null;
    }
  | { status: 'success'; attempt: number; jenis: RegisterUserType; email: string };

export function initialRegisterState(jenis: RegisterUserType | null): RegisterFormState {
  return { status: 'idle', attempt: 0, jenis, values: {}, errors: {}, captcha: null };
}

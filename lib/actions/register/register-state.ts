import type { CaptchaChallenge } from '@/lib/captcha';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import type { RegisterField, RegisterUserType } from '@/lib/validation/register-fields';

/** Where a message goes: a form field, the type select, or the captcha's answer box (the ids on the page). */
export type RegisterErrorTarget = RegisterField | 'jenis' | 'captcha_answer';

/**
 * What the registration action returns and the form renders, with or without JavaScript. A refusal of the
 * whole form is a problem from register.refused.*; never a password or a captcha answer.
 */
export type RegisterFormState = FormState<RegisterErrorTarget, 'success', RegisterField> & {
  jenis: RegisterUserType | null;
  /** A new challenge after every submission (the last one was used up); null = keep the page's. */
  captcha: CaptchaChallenge | null;
  /** With 'success': the address the password went to. */
  registeredEmail?: string;
};

export function initialRegisterState(jenis: RegisterUserType | null): RegisterFormState {
  return { ...initialFormState(), jenis, captcha: null };
}

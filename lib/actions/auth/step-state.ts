import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What the KATALALUAN BARU and PERINGATAN KATALALUAN actions return and their forms render (Lupa
 * Katalaluan's new password too). `values` never holds a password or an answer.
 */
export type StepFormState<Field extends string> = FormState<Field> & {
  /** With a problem of the steps' order: where to go instead, linked under the message. */
  next?: string;
};

export function initialStepState<Field extends string>(): StepFormState<Field> {
  return initialFormState();
}

export type PasswordField = 'password' | 'confirm';
export type SecurityQuestionField = 'question' | 'customQuestion' | 'answer';

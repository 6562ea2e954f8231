import type { PasswordFieldErrors, PasswordProblem } from '@/lib/accounts/new-password-problems';
import { env } from '@/lib/config/env';
import type { Message } from '@/lib/forms/form-state';

/** A message as the forms' states hold it (lib/forms/form-state.ts). */
export type PasswordMessage = Message;

/** The KATALALUAN BARU messages, the same on every screen where a password is chosen. */
const PROBLEM_KEYS: Record<PasswordProblem, string> = {
  required: 'auth.newPassword.errors.required',
  upper: 'auth.newPassword.errors.upper',
  lower: 'auth.newPassword.errors.lower',
  digit: 'auth.newPassword.errors.digit',
  length: 'auth.newPassword.errors.length',
  noLoginId: 'auth.newPassword.errors.noLoginId',
  common: 'auth.newPassword.errors.common',
  generated: 'auth.newPassword.errors.generated',
};

/**
 * The new-password fields' messages as KATALALUAN BARU shows them — at the first log-in, Lupa Katalaluan
 * and Tukar Kata Laluan alike: the manual's "Katalaluan tidak menepati syarat…" first, then each failed
 * rule, so the user knows what to change without JavaScript too.
 */
export function passwordFieldMessages(errors: PasswordFieldErrors): { password?: PasswordMessage[]; confirm?: PasswordMessage[] } {
  const max = env().PASSWORD_MAX_LENGTH;
  const out: { password?: PasswordMessage[]; confirm?: PasswordMessage[] } = {};
  if (errors.password) {
    out.password = errors.password.includes('required')
      ? [{ key: PROBLEM_KEYS.required }]
      : [{ key: 'auth.newPassword.errors.policy' }, ...errors.password.map((p) => ({ key: PROBLEM_KEYS[p], vars: { max } }))];
  }
  if (errors.confirm) {
    out.confirm = [
      { key: errors.confirm.includes('mismatch') ? 'auth.newPassword.errors.mismatch' : 'auth.newPassword.errors.confirmRequired' },
    ];
  }
  return out;
}

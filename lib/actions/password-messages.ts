import type { PasswordFieldErrors, PasswordProblem } from '@/lib/accounts/new-password-problems';
import { env } from '@/lib/config/env';

/** A key of the auth namespace with its variables, as the forms' states hold it. */
export type PasswordMessage = { key: string; vars?: Record<string, string | number> };

/** The KATALALUAN BARU messages, the same on every screen where a password is chosen. */
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
      : [{ key: 'newPassword.errors.policy' }, ...errors.password.map((p) => ({ key: PROBLEM_KEYS[p], vars: { max } }))];
  }
  if (errors.confirm) {
    out.confirm = [{ key: errors.confirm.includes('mismatch') ? 'newPassword.errors.mismatch' : 'newPassword.errors.confirmRequired' }];
  }
  return out;
}

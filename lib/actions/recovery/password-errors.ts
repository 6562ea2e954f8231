import type { PasswordFieldErrors, PasswordProblem } from '@/lib/accounts/new-password-problems';
import type { Message } from './state';

/** Keys in the auth namespace: the KATALALUAN BARU messages, the same on every screen where a password is chosen. */
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
 * The new-password fields' messages as KATALALUAN BARU shows them: the manual's "Katalaluan tidak menepati
 * syarat…" first, then each failed rule, so the user knows what to change without JavaScript too.
 */
export function passwordFieldMessages(errors: PasswordFieldErrors, max: number): { password?: Message[]; confirm?: Message[] } {
  const out: { password?: Message[]; confirm?: Message[] } = {};
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

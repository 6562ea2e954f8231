import 'server-only';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { env } from '@/lib/config/env';
import { verifySecret } from '@/lib/crypto/argon';
import { checkPasswordRules, failedRules } from '@/lib/validation/password';
import type { PasswordFieldErrors, PasswordProblem } from './first-login/set-password';

export type { PasswordFieldErrors, PasswordProblem };

/**
 * The KATALALUAN BARU policy (SPEC §3.2) for every other place a password is chosen — Lupa Katalaluan and
 * Tukar Kata Laluan (SPEC §5: "same policy"): the rules of the live checklist, the common-password list,
 * and never the generated password that was e-mailed. The same checks, in the same order, as the first
 * log-in's step (lib/accounts/first-login/set-password.ts), so every screen refuses the same passwords.
 */
export async function newPasswordProblems(
  password: string,
  confirm: string,
  user: { loginId: string; passwordHash: string; passwordIsGenerated: boolean },
): Promise<PasswordFieldErrors | null> {
  const errors: PasswordFieldErrors = {};
  if (!password) errors.password = ['required'];
  else {
    const problems: PasswordProblem[] = failedRules(checkPasswordRules(password, { maxLength: env().PASSWORD_MAX_LENGTH, loginId: user.loginId }));
    if (isCommonPassword(password)) problems.push('common');
    if (user.passwordIsGenerated && (await verifySecret(user.passwordHash, password))) problems.push('generated');
    if (problems.length) errors.password = problems;
  }
  if (!confirm) errors.confirm = ['required'];
  else if (password && confirm !== password) errors.confirm = ['mismatch'];
  return errors.password || errors.confirm ? errors : null;
}

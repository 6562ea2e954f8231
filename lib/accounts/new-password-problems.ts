import 'server-only';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { env } from '@/lib/config/env';
import { verifySecret } from '@/lib/crypto/argon';
import { checkPasswordRules, failedRules, type PasswordRule } from '@/lib/validation/password';

/** Why a new password was refused: the policy's rules, plus the checks that need the server. */
export type PasswordProblem = PasswordRule | 'required' | 'common' | 'generated';
export type PasswordFieldErrors = { password?: PasswordProblem[]; confirm?: ('required' | 'mismatch')[] };

/**
 * The KATALALUAN BARU policy (requirements §3.2) wherever a password is chosen — the first log-in's step, Lupa
 * Katalaluan and Tukar Kata Laluan (requirements §5: "same policy"): the rules of the live checklist, the
 * common-password list, and never the generated password that was e-mailed (requirements §1.6).
 */
export async function newPasswordProblems(
  password: string,
  confirm: string,
  user: { loginId: string; passwordHash: string; passwordIsGenerated: boolean },
): Promise<PasswordFieldErrors | null> {
  const errors: PasswordFieldErrors = {};
  if (!password) errors.password = ['required'];
  else {
    const problems: PasswordProblem[] = failedRules(
      checkPasswordRules(password, { maxLength: env().PASSWORD_MAX_LENGTH, loginId: user.loginId }),
    );
    if (isCommonPassword(password)) problems.push('common');
    if (user.passwordIsGenerated && (await verifySecret(user.passwordHash, password))) problems.push('generated');
    if (problems.length) errors.password = problems;
  }
  if (!confirm) errors.confirm = ['required'];
  else if (password && confirm !== password) errors.confirm = ['mismatch'];
  return errors.password || errors.confirm ? errors : null;
}

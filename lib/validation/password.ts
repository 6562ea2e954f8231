import { z } from 'zod';
import { checkPasswordRules, failedRules, type PasswordRuleOptions } from './password-rules';

/** The KATALALUAN BARU policy as zod schemas, for the server; the rules themselves are in password-rules.ts. */
export {
  checkPasswordRules,
  containsLoginId,
  failedRules,
  MIN_PASSWORD_LENGTH,
  PASSWORD_RULES,
  type PasswordRule,
  type PasswordRuleOptions,
  type PasswordRuleResults,
} from './password-rules';

/**
 * The policy as a zod schema: one issue per failed rule, its message the rule's name (the form maps names
 * to translated text), so the server can say which rules failed when the page runs without JavaScript.
 */
export function passwordPolicy(options: PasswordRuleOptions) {
  return z.string().superRefine((password, ctx) => {
    for (const rule of failedRules(checkPasswordRules(password, options))) {
      ctx.addIssue({ code: 'custom', message: rule, params: { rule } });
    }
  });
}

/** The KATALALUAN BARU form: the password twice. A mismatch is its own error (requirements §3.2). */
export function newPasswordSchema(options: PasswordRuleOptions) {
  return z
    .object({
      password: z.string().min(1, 'required').pipe(passwordPolicy(options)),
      confirm: z.string().min(1, 'required'),
    })
    .superRefine((value, ctx) => {
      if (value.password !== value.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'mismatch' });
    });
}

export type NewPasswordInput = z.infer<ReturnType<typeof newPasswordSchema>>;

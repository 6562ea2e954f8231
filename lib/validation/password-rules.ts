import { canonicalLoginId } from './login-id';

/**
 * The KATALALUAN BARU rules (requirements §3.2; the manual's list and its example abcD1234). Shared by the live
 * checklist in the browser and the server, so this file must stay free of the blocklist (about 50,000
 * words): that check lives in lib/auth/common-passwords.ts and runs on the server only. Free of zod too,
 * which the checklist's pages would otherwise carry; the schema is in password.ts.
 */
export const MIN_PASSWORD_LENGTH = 8;

export const PASSWORD_RULES = ['upper', 'lower', 'digit', 'length', 'noLoginId'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];
export type PasswordRuleResults = Record<PasswordRule, boolean>;

export type PasswordRuleOptions = { maxLength: number; loginId?: string | null };

/** True when the password holds the login id, ignoring case and any dashes, spaces or slashes typed in it. */
export function containsLoginId(password: string, loginId: string | null | undefined): boolean {
  const id = loginId ? canonicalLoginId(loginId) : '';
  if (!id) return false;
  return canonicalLoginId(password).includes(id);
}

/** Which rules a password meets; the checklist shows each one while the user types. */
export function checkPasswordRules(password: string, { maxLength, loginId }: PasswordRuleOptions): PasswordRuleResults {
  // Length in code points, so an emoji or an accented letter counts as the one character a person sees.
  const length = Array.from(password).length;
  return {
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    length: length >= MIN_PASSWORD_LENGTH && length <= maxLength,
    noLoginId: !containsLoginId(password, loginId),
  };
}

export function failedRules(results: PasswordRuleResults): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => !results[rule]);
}

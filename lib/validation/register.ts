import { z } from 'zod';
import { emailRule, issue, nameRule, ORGANISATION_NAME, PERSON_NAME, text } from './fields';
import { canonicalLoginId } from './login-id';
import { parseMyKad } from './mykad';
import type { RegisterField, RegisterIdType, RegisterUserType } from './register-fields';
import { parseSsm } from './ssm';
import { hasUnsafeCharacters } from './text-safety';

/**
 * The registration form, one schema per Jenis Pengguna, run by the server (the authority). Error messages
 * are message keys ("register.errors.…"), translated where they are shown. The page takes the types and
 * fields from register-fields.ts, which carries no zod; they are re-exported here for server code.
 */

export { isUserType, REGISTER_FIELDS, USER_TYPES, type RegisterField, type RegisterIdType, type RegisterUserType } from './register-fields';

/** What a valid form becomes: the account to create, every value already canonical. */
export type RegistrationInput = {
  userType: RegisterUserType;
  name: string;
  loginId: string;
  idType: RegisterIdType;
  email: string;
};

const err = (key: string) => `register.errors.${key}`;
const fail = (ctx: z.RefinementCtx, key: string): never => issue(ctx, err(key));

const nameField = (pattern: RegExp) =>
  nameRule(pattern, {
    hidden: err('nameHidden'),
    marks: err('nameMarks'),
    required: err('nameRequired'),
    chars: err(pattern === PERSON_NAME ? 'nameChars' : 'organisationNameChars'),
    letters: err('nameLetters'),
    length: err('nameLength'),
  });

const mykadField = () =>
  text().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'mykadRequired');
    const result = parseMyKad(raw);
    if (!result.ok) return fail(ctx, { format: 'mykadFormat', date: 'mykadDate', place: 'mykadPlace' }[result.reason]);
    return { loginId: result.value, idType: 'mykad' as const };
  });

const ssmField = () =>
  text().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'ssmRequired');
    const result = parseSsm(raw);
    if (!result.ok) return fail(ctx, { format: 'ssmFormat', year: 'ssmYear', entity: 'ssmEntity' }[result.reason]);
    return { loginId: result.value, idType: result.type };
  });

/** Institution and staff numbers have no published format: letters and digits, typed with any separator. */
function numberField(prefix: 'regNo' | 'staffNo', min: number, max: number) {
  return text().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, `${prefix}Required`);
    // \s would let a tab or a BOM through; they are dropped from the login id but not welcome in the form.
    if (hasUnsafeCharacters(raw) || !/^[0-9A-Za-z\s./()-]+$/.test(raw)) return fail(ctx, `${prefix}Chars`);
    const loginId = canonicalLoginId(raw);
    if (loginId.length < min || loginId.length > max) return fail(ctx, `${prefix}Length`);
    return { loginId, idType: prefix === 'regNo' ? ('institusi' as const) : ('staff' as const) };
  });
}

const emailField = (staffDomain?: string) =>
  emailRule(
    { required: err('emailRequired'), format: err('emailFormat') },
    staffDomain ? { domain: staffDomain, message: err('emailStaffDomain') } : undefined,
  );

/**
 * The four schemas. The staff e-mail domain is a server setting, so the server passes it to the browser
 * and both build the same schemas from it.
 */
export function registerSchemas({ staffEmailDomain }: { staffEmailDomain: string }) {
  const domain = staffEmailDomain.toLowerCase();
  return {
    individu: z
      .object({ name: nameField(PERSON_NAME), mykad: mykadField(), email: emailField() })
      .transform((v): RegistrationInput => ({ userType: 'individu', name: v.name, email: v.email, ...v.mykad })),
    syarikat: z
      .object({ name: nameField(ORGANISATION_NAME), ssm: ssmField(), email: emailField() })
      .transform((v): RegistrationInput => ({ userType: 'syarikat', name: v.name, email: v.email, ...v.ssm })),
    institusi: z
      .object({ name: nameField(ORGANISATION_NAME), regNo: numberField('regNo', 3, 30), email: emailField() })
      .transform((v): RegistrationInput => ({ userType: 'institusi', name: v.name, email: v.email, ...v.regNo })),
    kakitangan: z
      .object({ name: nameField(PERSON_NAME), staffNo: numberField('staffNo', 3, 20), email: emailField(domain) })
      .transform((v): RegistrationInput => ({ userType: 'kakitangan', name: v.name, email: v.email, ...v.staffNo })),
  };
}

export type RegisterFieldErrors = Partial<Record<RegisterField, string>>;
export type ParsedRegistration = { ok: true; data: RegistrationInput } | { ok: false; errors: RegisterFieldErrors };

/** Validates one type's fields; on failure, the first message of each field that failed (keys, not text). */
export function parseRegistration(
  userType: RegisterUserType,
  values: Record<string, unknown>,
  options: { staffEmailDomain: string },
): ParsedRegistration {
  const result = registerSchemas(options)[userType].safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: RegisterFieldErrors = {};
  for (const { path, message } of result.error.issues) {
    errors[path[0] as RegisterField] ??= message;
  }
  return { ok: false, errors };
}

import { z } from 'zod';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { parseMyKad } from './mykad';
import { parseSsm } from './ssm';
import { checkTextSafety, hasUnsafeCharacters } from './text-safety';

/**
 * The registration form, one schema per Jenis Pengguna, shared by the browser and the server (the server is
 * the authority). Error messages are message keys ("register.errors.…"), translated where they are shown.
 */

export const USER_TYPES = ['individu', 'syarikat', 'institusi', 'kakitangan'] as const;
export type RegisterUserType = (typeof USER_TYPES)[number];
export type RegisterIdType = 'mykad' | 'ssm_new' | 'ssm_old' | 'institusi' | 'staff';

export function isUserType(value: unknown): value is RegisterUserType {
  return typeof value === 'string' && (USER_TYPES as readonly string[]).includes(value);
}

/** The fields each type's form shows, in order. */
export const REGISTER_FIELDS = {
  individu: ['name', 'mykad', 'email'],
  syarikat: ['name', 'ssm', 'email'],
  institusi: ['name', 'regNo', 'email'],
  kakitangan: ['name', 'staffNo', 'email'],
} as const satisfies Record<RegisterUserType, readonly string[]>;
export type RegisterField = 'name' | 'mykad' | 'ssm' | 'regNo' | 'staffNo' | 'email';

/** What a valid form becomes: the account to create, every value already canonical. */
export type RegistrationInput = {
  userType: RegisterUserType;
  name: string;
  loginId: string;
  idType: RegisterIdType;
  email: string;
};

const NAME_MAX = 150;
const EMAIL_MAX = 254;
const err = (key: string) => `register.errors.${key}`;

type Ctx = z.RefinementCtx;
function fail(ctx: Ctx, key: string): never {
  ctx.addIssue({ code: 'custom', message: err(key) });
  return z.NEVER as never;
}

// A missing field (null from FormData, undefined from an object) is the same as an empty one.
const text = () => z.unknown().transform((v) => (typeof v === 'string' ? v : ''));

// requirements §0.3: letters of any script, spaces and . ' @ / - ( ) — "MUTHU A/L RAMASAMY",
// "NUR AISYAH @ AISYAH". Organisations' registered names also carry digits, & and commas
// ("7-ELEVEN MALAYSIA SDN. BHD.", "A & B ENTERPRISE"), which would otherwise lock them out.
const PERSON_NAME = /^[\p{L}\p{M} .'@/()-]+$/u;
const ORGANISATION_NAME = /^[\p{L}\p{M}\p{Nd} .'@/()&,-]+$/u;

function nameField(pattern: RegExp) {
  return text().transform((raw, ctx) => {
    // The name is the greeting of e-mails sent from ST's address (text-safety.ts).
    if (!checkTextSafety(ctx, raw, { hidden: err('nameHidden'), marks: err('nameMarks') })) return z.NEVER as never;
    const name = raw
      .normalize('NFC')
      // Phones type curly apostrophes; they mean the same as the straight one.
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) return fail(ctx, 'nameRequired');
    if (!pattern.test(name)) return fail(ctx, pattern === PERSON_NAME ? 'nameChars' : 'organisationNameChars');
    if (!/\p{L}/u.test(name)) return fail(ctx, 'nameLetters');
    if ([...name].length > NAME_MAX) return fail(ctx, 'nameLength');
    // The manual recommends capitals; they are how the rest of ECOS prints names.
    return name.toUpperCase();
  });
}

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

function emailField(staffDomain?: string) {
  return text().transform((raw, ctx) => {
    const email = raw.trim().toLowerCase();
    if (!email) return fail(ctx, 'emailRequired');
    if (email.length > EMAIL_MAX || !z.email().safeParse(email).success) return fail(ctx, 'emailFormat');
    if (staffDomain && !email.endsWith(`@${staffDomain}`)) return fail(ctx, 'emailStaffDomain');
    return email;
  });
}

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
  for (const issue of result.error.issues) {
    const field = issue.path[0] as RegisterField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

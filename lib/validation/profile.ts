import { z } from 'zod';
import { parsePhone } from '@/lib/profile/phone';
import { isStateName, postcodeDigits, type StateName } from '@/lib/profile/states';
import { emailRule, issue, nameRule, PERSON_NAME, text, tidy } from './fields';
import { parseMyKad } from './mykad';
import { checkTextSafety } from './text-safety';
import {
  ADDRESS_LINE_MAX,
  CITIZEN_ID_KINDS,
  ID_KINDS,
  PROFILE_FIELDS,
  type IdKind,
  type ProfileField,
  type ProfileUserType,
} from './profile-fields';

/**
 * The profile forms (requirements §4.3), one schema per Jenis Pengguna, run by the server (the authority);
 * the form page imports only the field lists (profile-fields.ts) to keep zod out of its bundle. Messages
 * are keys ("profile.errors.…"). The name and e-mail rules are Daftar Pengguna's (fields.ts).
 */

export { ADDRESS_LINE_MAX, ID_KINDS, PROFILE_FIELDS, type IdKind, type ProfileField, type ProfileUserType } from './profile-fields';

const OFFICE_MAX = 150;

export type AddressInput = {
  address1: string;
  address2: string | null;
  address3: string | null;
  postcode: string;
  city: string;
  state: StateName;
};

export type IndividuProfileInput = AddressInput & {
  userType: 'individu';
  name: string;
  citizen: boolean;
  idKind: IdKind;
  /** Absent when the e-mail cannot be changed on this form. */
  email?: string;
  phone: string;
  mobile: string;
  fax: string | null;
};

export type OrganisationProfileInput = AddressInput & {
  userType: 'syarikat' | 'institusi';
  email?: string;
  phone: string;
  mobile: string | null;
  fax: string | null;
  contactName: string;
  contactMyKad: string;
  contactPhone: string;
};

export type StaffProfileInput = { userType: 'kakitangan'; name: string; office: string; phone: string };

export type ProfileInput = IndividuProfileInput | OrganisationProfileInput | StaffProfileInput;

export type ProfileContext = {
  /** The towns of a state (the Bandar list); undefined for a name that is not a state. */
  citiesOf: (state: string) => readonly string[] | undefined;
  /** The state a postcode belongs to, when the data set holds it (the server passes this; the browser need not). */
  stateOfPostcode?: (postcode: string) => string | undefined;
  /** False for a company whose e-mail ST holds (requirements §1.5): the field is not on the form and is ignored. */
  emailEditable: boolean;
};

const err = (key: string) => `profile.errors.${key}`;

const fail = (ctx: z.RefinementCtx, key: string): never => issue(ctx, err(key));

// Checked as sent, before tidy() turns a tab or a BOM into a space: control, invisible and direction
// characters, and letters buried under accents, are refused in every free-text field (text-safety.ts).
const safe = (ctx: z.RefinementCtx, raw: string, prefix: string) =>
  checkTextSafety(ctx, raw, { hidden: err(`${prefix}Hidden`), marks: err(`${prefix}Marks`) });

// The registration form's rule for people's names (requirements §0.3); one message for a character not
// allowed and for a name without a letter.
const personName = (requiredKey: string) =>
  nameRule(PERSON_NAME, {
    hidden: err('nameHidden'),
    marks: err('nameMarks'),
    required: err(requiredKey),
    chars: err('nameChars'),
    letters: err('nameChars'),
    length: err('nameLength'),
  });

function checkLine(raw: string, ctx: z.RefinementCtx): string | null {
  if (!safe(ctx, raw, 'address')) return z.NEVER as never;
  const line = tidy(raw);
  if (!line) return null;
  if ([...line].length > ADDRESS_LINE_MAX) return fail(ctx, 'addressLength');
  // An address ends up on letters and certificates: no markup.
  if (/[<>]/.test(line)) return fail(ctx, 'addressChars');
  return line;
}

const addressLine1 = () => text().transform((raw, ctx): string => checkLine(raw, ctx) ?? fail(ctx, 'address1Required'));
const addressLineOptional = () => text().transform((raw, ctx) => checkLine(raw, ctx));

const postcodeField = () =>
  text().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'postcodeRequired');
    return postcodeDigits(raw) ?? fail(ctx, 'postcodeFormat');
  });

const stateField = () =>
  text().transform((raw, ctx) => {
    if (!raw) return fail(ctx, 'stateRequired');
    return isStateName(raw) ? raw : fail(ctx, 'stateRequired');
  });

const cityField = () =>
  text().transform((raw, ctx) => {
    // A town is picked from the list, so a hidden character means a town not in it.
    if (!checkTextSafety(ctx, raw, { hidden: err('cityNotInState'), marks: err('cityNotInState') })) return z.NEVER as never;
    const city = tidy(raw);
    return city ? city : fail(ctx, 'cityRequired');
  });

const emailField = () => emailRule({ required: err('emailRequired'), format: err('emailFormat') });

type PhoneFieldName = 'phone' | 'mobile' | 'fax' | 'contactPhone';

function checkPhone(raw: string, ctx: z.RefinementCtx, field: PhoneFieldName, mobile: boolean): string {
  const result = parsePhone(raw, { mobile });
  if (!result.ok) return fail(ctx, result.reason === 'mobile' ? 'mobileNotMobile' : `${field}Format`);
  return result.value;
}

const requiredPhone = (field: PhoneFieldName, { mobile = false } = {}) =>
  text().transform((raw, ctx): string => (raw.trim() ? checkPhone(raw, ctx, field, mobile) : fail(ctx, `${field}Required`)));
const optionalPhone = (field: PhoneFieldName, { mobile = false } = {}) =>
  text().transform((raw, ctx): string | null => (raw.trim() ? checkPhone(raw, ctx, field, mobile) : null));

const declareField = () => z.unknown().transform((v, ctx) => (v === 'on' || v === true ? true : fail(ctx, 'declareRequired')));

const citizenField = () =>
  text().transform((raw, ctx) => {
    if (raw === 'ya') return true;
    if (raw === 'tidak') return false;
    return fail(ctx, 'citizenRequired');
  });

const idKindField = () =>
  text().transform((raw, ctx) => ((ID_KINDS as readonly string[]).includes(raw) ? (raw as IdKind) : fail(ctx, 'idKindRequired')));

const contactMyKadField = () =>
  text().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'contactMyKadRequired');
    const result = parseMyKad(raw);
    // The same three messages as Daftar's No. MyKad (docs/glossary.md: one wording per error).
    if (!result.ok) return fail(ctx, { format: 'contactMyKadFormat', date: 'contactMyKadDate', place: 'contactMyKadPlace' }[result.reason]);
    return result.value;
  });

const officeField = () =>
  text().transform((raw, ctx) => {
    if (!safe(ctx, raw, 'office')) return z.NEVER as never;
    const office = tidy(raw);
    if (!office) return fail(ctx, 'officeRequired');
    if ([...office].length > OFFICE_MAX) return fail(ctx, 'officeLength');
    return office;
  });

type AddressShape = { postcode: unknown; city: unknown; state: unknown };

/**
 * The town must be one of the chosen state's (the list the form offers), and a postcode the data set knows
 * must belong to the chosen state. A postcode it does not know is accepted: the user picks both by hand.
 */
function checkAddress(value: AddressShape, ctx: z.RefinementCtx, options: ProfileContext) {
  const { postcode, city, state } = value;
  if (typeof state !== 'string' || !isStateName(state)) return;
  if (typeof city === 'string') {
    const cities = options.citiesOf(state);
    if (cities && !cities.includes(city)) ctx.addIssue({ code: 'custom', path: ['city'], message: err('cityNotInState') });
  }
  if (typeof postcode === 'string' && options.stateOfPostcode) {
    const known = options.stateOfPostcode(postcode);
    if (known && known !== state) ctx.addIssue({ code: 'custom', path: ['postcode'], message: err('postcodeState') });
  }
}

// Refinements run even when a field already failed, so every problem is reported at once (GOV.UK).
const always = { when: () => true };

export function profileSchemas(options: ProfileContext) {
  const email = options.emailEditable ? emailField() : z.unknown().transform(() => undefined);
  const address = {
    address1: addressLine1(),
    address2: addressLineOptional(),
    address3: addressLineOptional(),
    postcode: postcodeField(),
    city: cityField(),
    state: stateField(),
  };
  const organisation = (userType: 'syarikat' | 'institusi') =>
    z
      .object({
        ...address,
        email,
        phone: requiredPhone('phone'),
        mobile: optionalPhone('mobile', { mobile: true }),
        fax: optionalPhone('fax'),
        contactName: personName('contactNameRequired'),
        contactMyKad: contactMyKadField(),
        contactPhone: requiredPhone('contactPhone'),
        declare: declareField(),
      })
      .superRefine((v, ctx) => checkAddress(v, ctx, options), always)
      .transform(({ declare: _declare, ...v }): OrganisationProfileInput => ({ userType, ...v, email: v.email ?? undefined }));

  return {
    individu: z
      .object({
        name: personName('nameRequired'),
        citizen: citizenField(),
        idKind: idKindField(),
        ...address,
        email,
        phone: requiredPhone('phone'),
        mobile: requiredPhone('mobile', { mobile: true }),
        fax: optionalPhone('fax'),
        declare: declareField(),
      })
      .superRefine((v, ctx) => {
        checkAddress(v, ctx, options);
        if (typeof v.citizen === 'boolean' && typeof v.idKind === 'string' && CITIZEN_ID_KINDS.includes(v.idKind) !== v.citizen) {
          ctx.addIssue({ code: 'custom', path: ['idKind'], message: err(v.citizen ? 'idKindCitizen' : 'idKindResident') });
        }
      }, always)
      .transform(({ declare: _declare, ...v }): IndividuProfileInput => ({
        userType: 'individu',
        ...v,
        email: v.email ?? undefined,
      })),
    syarikat: organisation('syarikat'),
    institusi: organisation('institusi'),
    kakitangan: z
      .object({ name: personName('nameRequired'), office: officeField(), phone: requiredPhone('phone'), declare: declareField() })
      .transform(({ declare: _declare, ...v }): StaffProfileInput => ({ userType: 'kakitangan', ...v })),
  };
}

export type ProfileFieldErrors = Partial<Record<ProfileField, string>>;
export type ParsedProfile = { ok: true; data: ProfileInput } | { ok: false; errors: ProfileFieldErrors };

/** Validates one type's form; on failure, the first message of each field that failed (keys, not text). */
export function parseProfile(userType: ProfileUserType, values: Record<string, unknown>, options: ProfileContext): ParsedProfile {
  // A field the form did not send (an unticked box, a tampered form) is an empty one, never "missing".
  const complete = Object.fromEntries((PROFILE_FIELDS[userType] as readonly ProfileField[]).map((f) => [f, values[f] ?? '']));
  const result = profileSchemas(options)[userType].safeParse(complete);
  if (result.success) return { ok: true, data: result.data };
  const errors: ProfileFieldErrors = {};
  for (const { path, message } of result.error.issues) {
    errors[path[0] as ProfileField] ??= message;
  }
  return { ok: false, errors };
}

import { z } from 'zod';
import { checkTextSafety } from './text-safety';

/**
 * The field rules more than one form shares — a name, an e-mail address — and the small zod pieces the
 * schemas are built from. Each form gives its own full message keys (register.errors.… on Daftar,
 * profile.errors.… on Profil), so one rule can speak for several forms. This file holds zod: client
 * components import field lists from the zod-free *-fields.ts files instead, keeping it out of their pages.
 */

export const NAME_MAX = 150;
// The longest address that fits RFC 5321's path of 256 octets, angle brackets included.
export const EMAIL_MAX = 254;

// A missing field (null from FormData, undefined from an object) is the same as an empty one.
export const text = () => z.unknown().transform((v) => (typeof v === 'string' ? v : ''));

/** Adds `message` (a full key) as the field's issue; a transform returns it: `return issue(ctx, key)`. */
export function issue(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

/** How free text is kept: NFC, phones' curly apostrophes made straight (they mean the same), spaces collapsed. */
export function tidy(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// requirements §0.3: letters of any script, spaces and . ' @ / - ( ) — "MUTHU A/L RAMASAMY",
// "NUR AISYAH @ AISYAH". Organisations' registered names also carry digits, & and commas
// ("7-ELEVEN MALAYSIA SDN. BHD.", "A & B ENTERPRISE"), which would otherwise lock them out.
export const PERSON_NAME = /^[\p{L}\p{M} .'@/()-]+$/u;
export const ORGANISATION_NAME = /^[\p{L}\p{M}\p{Nd} .'@/()&,-]+$/u;

export type NameMessages = { hidden: string; marks: string; required: string; chars: string; letters: string; length: string };

/**
 * A name, stored in capitals: the manual recommends them, and they are how the rest of ECOS prints names.
 * Checked as sent before tidy() turns a tab or a BOM into a space: a name is the greeting of e-mails sent
 * from ST's address (text-safety.ts).
 */
export function nameRule(pattern: RegExp, messages: NameMessages) {
  return text().transform((raw, ctx) => {
    if (!checkTextSafety(ctx, raw, { hidden: messages.hidden, marks: messages.marks })) return z.NEVER as never;
    const name = tidy(raw);
    if (!name) return issue(ctx, messages.required);
    if (!pattern.test(name)) return issue(ctx, messages.chars);
    if (!/\p{L}/u.test(name)) return issue(ctx, messages.letters);
    if ([...name].length > NAME_MAX) return issue(ctx, messages.length);
    return name.toUpperCase();
  });
}

// Built once: constructing zod's e-mail schema costs ten times checking an address with it, which shows
// when an officer imports thousands of company records (lib/admin/company-csv.ts).
const EMAIL = z.email();

/**
 * Why an address (already trimmed) is refused, or null. The one check of every form that takes an e-mail,
 * Lupa Katalaluan's too, which has no schema.
 */
export function emailProblem(email: string): 'required' | 'format' | null {
  if (!email) return 'required';
  if (email.length > EMAIL_MAX || !EMAIL.safeParse(email).success) return 'format';
  return null;
}

/**
 * An e-mail address, trimmed and in lower case, as accounts store it. `staff`: the address must be on
 * this domain (Kakitangan register with their official e-mail).
 */
export function emailRule(messages: { required: string; format: string }, staff?: { domain: string; message: string }) {
  return text().transform((raw, ctx) => {
    const email = raw.trim().toLowerCase();
    const problem = emailProblem(email);
    if (problem) return issue(ctx, messages[problem]);
    if (staff && !email.endsWith(`@${staff.domain}`)) return issue(ctx, staff.message);
    return email;
  });
}

import 'server-only';
import { z } from 'zod';
import { emailRule, issue, text } from '@/lib/validation/fields';
import { textProblem } from '@/lib/validation/text-safety';
import { NOTE_MAX, type AccountActionField } from './users-form-state';

/**
 * The account page's forms, one schema each (decision 0006). Every field is length-limited and refuses
 * control and invisible characters: a note ends up in the audit log and its CSV export.
 */
const E = 'adminUsers.actions.errors';

const targetId = z.uuid();

/** The account the form names (a hidden field), or null when it is not an id at all. */
export function targetIdOf(formData: FormData): string | null {
  const parsed = targetId.safeParse(formData.get('userId'));
  return parsed.success ? parsed.data : null;
}

const note = text().transform((raw, ctx) => {
  if (raw.length > NOTE_MAX * 4 || textProblem(raw.replace(/\r?\n/g, ' '))) return issue(ctx, `${E}.noteHidden`);
  const value = raw.normalize('NFC').trim();
  if (!value) return issue(ctx, `${E}.noteRequired`);
  if ([...value].length > NOTE_MAX) return issue(ctx, `${E}.noteLength`);
  return value;
});

const confirm = text().refine((v) => v === 'yes', `${E}.confirmRequired`);

const email = emailRule({ required: `${E}.emailRequired`, format: `${E}.emailFormat` });

export const accountActionSchemas = {
  lock: z.object({ note, confirm }),
  unlock: z.object({ note }),
  recovery: z.object({}),
  email: z.object({ email, confirm }),
  release: z.object({ note, confirm }),
} as const;

export type AccountActionSchemas = typeof accountActionSchemas;

/** The form's fields as the schema reads them, and its first message per field when it refuses them. */
export function parseAccountAction<K extends keyof AccountActionSchemas>(kind: K, formData: FormData) {
  const raw = { note: formData.get('note'), email: formData.get('email'), confirm: formData.get('confirm') };
  const parsed = accountActionSchemas[kind].safeParse(raw);
  if (parsed.success) return { ok: true as const, data: parsed.data as z.infer<AccountActionSchemas[K]> };
  const errors: Partial<Record<AccountActionField, string>> = {};
  for (const problem of parsed.error.issues) {
    const field = problem.path[0] as AccountActionField;
    errors[field] ??= problem.message;
  }
  return { ok: false as const, errors };
}

import { z } from 'zod';
import { initialFormState, type FormState, type Message } from '@/lib/forms/form-state';
import { canonicalLoginId } from '@/lib/validation/login-id';
import { hasUnsafeCharacters } from '@/lib/validation/text-safety';

/**
 * Peranan's three forms (grant by No. Pekerja; revoke and reset on a listed account), each with a ticked
 * confirmation. The schema is here, free of server code, so the tests read it; the actions are in
 * lib/actions/admin/roles.ts.
 */
export type RoleField = 'loginId' | 'confirm';

export type RoleFormState = FormState<RoleField, 'done', 'loginId' | 'userId'> & {
  /** What was done, for the success message ("… telah diberi kepada {loginId}"). */
  notice?: Message;
};

export const initialRoleFormState: RoleFormState = initialFormState();

const E = 'adminAudit.roles.errors';

export const ROLE_LOGIN_ID_MAX = 20;

const confirmed = z.literal('yes', { message: `${E}.confirmRequired` });

export const grantSchema = z.object({
  loginId: z
    .string()
    .max(100, { message: `${E}.loginIdInvalid` })
    .refine((v) => !hasUnsafeCharacters(v), { message: `${E}.loginIdInvalid` })
    .transform((v) => canonicalLoginId(v))
    .refine((v) => v !== '', { message: `${E}.loginIdRequired` })
    .refine((v) => v.length <= ROLE_LOGIN_ID_MAX, { message: `${E}.loginIdInvalid` }),
  confirm: confirmed,
});

export const targetSchema = z.object({ userId: z.uuid(), confirm: confirmed });

/** A form's target account id, when it is one (before validation: what authorizeAdminAction records on a refusal). */
export function targetIdOf(formData: FormData): string | null {
  const value = formData.get('userId');
  return typeof value === 'string' && z.uuid().safeParse(value).success ? value : null;
}

export function fieldsOf(formData: FormData): Record<string, string> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value.slice(0, 200) : '';
  };
  return { loginId: text('loginId'), userId: text('userId'), confirm: text('confirm') };
}

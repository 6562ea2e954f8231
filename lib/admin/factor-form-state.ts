import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What the second factor's forms (/admin/dua-faktor) get back from their actions. No server code: the client
 * components import it. The recovery codes travel only in the confirmation's answer, the one time they are
 * shown (a page state, never stored in plain text); no code typed ever comes back in `values`.
 */
export type FactorField = 'code';

export type ConfirmEnrolmentState = FormState<FactorField, 'enrolled'> & { recoveryCodes?: string[] };
export type VerifyFactorState = FormState<FactorField>;

export const initialConfirmEnrolmentState: ConfirmEnrolmentState = initialFormState();
export const initialVerifyFactorState: VerifyFactorState = initialFormState();

export const ADMIN_HOME_PATH = '/admin';

/** Where a proven session goes next: a page of Pentadbiran the officer asked for, else its home. */
export function adminNextPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 300) return null;
  // Only a path of Pentadbiran, written plainly: letters, digits, dashes, slashes, and one query of the same.
  if (!/^\/admin(\/[a-z0-9-]+)*(\?[a-zA-Z0-9=&_%-]*)?$/.test(raw)) return null;
  if (raw.startsWith('/admin/dua-faktor')) return null;
  return raw;
}

import type { ProfileField } from '@/lib/validation/profile-fields';

export type ProfileFormValues = Partial<Record<ProfileField, string>>;

/**
 * The fields that can carry an error: the profile's, and Katalaluan Semasa, which a new e-mail needs. The
 * password is never among the values sent back.
 */
export type ProfileErrorField = ProfileField | 'currentPassword';

/** A problem of the whole form, not of one field. */
export type ProfileFormProblem = 'emailLocked' | 'emailChangeLimit' | 'unexpected';

/**
 * What the profile action returns and the form renders, with or without JavaScript. Messages are keys
 * ("profile.errors.…"), translated by the form. `values` are strings as the form holds them.
 */
export type ProfileFormState = {
  /** filled: the server filled Bandar and Negeri from the Poskod (no JavaScript) and asks to confirm. */
  status: 'idle' | 'error' | 'filled' | 'saved';
  /** Counts submissions, so the summary takes focus again after each one. */
  attempt: number;
  values: ProfileFormValues;
  errors: Partial<Record<ProfileErrorField, string>>;
  /** Placeholders of the error messages, e.g. until when the account is locked. */
  errorVars?: Record<string, string>;
  problem?: ProfileFormProblem;
  filledPostcode?: string;
  /** After a save that asked for a new e-mail: where the link went and until when (ISO). */
  emailPending?: { email: string; expiresAt: string };
};

export function initialProfileState(values: ProfileFormValues): ProfileFormState {
  return { status: 'idle', attempt: 0, values, errors: {} };
}

import { initialFormState, type FormState } from '@/lib/forms/form-state';
import type { ProfileField, ProfileFormValues } from '@/lib/validation/profile-fields';

export type { ProfileFormValues } from '@/lib/validation/profile-fields';

/**
 * The fields that can carry an error: the profile's, and Katalaluan Semasa, which a new e-mail needs. The
 * password is never among the values sent back.
 */
export type ProfileErrorField = ProfileField | 'currentPassword';

/**
 * What the profile action returns and the form renders, with or without JavaScript: messages of
 * profile.errors, `values` as the form holds them. filled: the server filled Bandar and Negeri from the
 * Poskod (no JavaScript) and asks to confirm; saved: done.
 */
export type ProfileFormState = FormState<ProfileErrorField, 'filled' | 'saved', ProfileField> & {
  filledPostcode?: string;
  /** The postcode the Negeri and Bandar shown count as chosen for (lib/profile/address-choice.ts). */
  chosenFor?: string;
  /** After a save that asked for a new e-mail: where the link went and until when (ISO). */
  emailPending?: { email: string; expiresAt: string };
};

/**
 * `chosenFor`: the stored postcode, whose stored Negeri and Bandar were accepted for it, so saving again keeps
 * them without asking. Pass it when `values` are not the stored ones (a restored draft).
 */
export function initialProfileState(values: ProfileFormValues, chosenFor = values.postcode ?? ''): ProfileFormState {
  return { ...initialFormState(values), chosenFor };
}

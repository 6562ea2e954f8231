import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What Tukar Kata Laluan's action returns and its form renders: messages of auth.newPassword for the
 * policy, recovery.change for the rest; never a password, so no values come back.
 */
export type ChangePasswordField = 'current' | 'password' | 'confirm';

export type ChangePasswordState = FormState<ChangePasswordField>;

export const initialChangePasswordState: ChangePasswordState = initialFormState();

/** Where a successful change lands: the same page, saying it is done (no account detail in the address). */
export const CHANGE_PASSWORD_PATH = '/tukar-katalaluan';
export const CHANGE_PASSWORD_DONE = `${CHANGE_PASSWORD_PATH}?selesai=1`;

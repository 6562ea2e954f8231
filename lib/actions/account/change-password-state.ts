/**
 * What Tukar Kata Laluan's action returns and its form renders. Messages are full keys (auth.newPassword.*
 * for the policy, recovery.change.* for the rest); never a password.
 */
export type ChangePasswordField = 'current' | 'password' | 'confirm';
type Message = { key: string; vars?: Record<string, string | number> };

export type ChangePasswordState = {
  status: 'idle' | 'error';
  attempt: number;
  /** Per field: the first message beside the field, all of them in the summary. */
  errors: Partial<Record<ChangePasswordField, Message[]>>;
  problem?: Message;
};

export const initialChangePasswordState: ChangePasswordState = { status: 'idle', attempt: 0, errors: {} };

/** Where a successful change lands: the same page, saying it is done (no account detail in the address). */
export const CHANGE_PASSWORD_PATH = '/tukar-katalaluan';
export const CHANGE_PASSWORD_DONE = `${CHANGE_PASSWORD_PATH}?selesai=1`;

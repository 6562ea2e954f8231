/**
 * What the LOG MASUK action returns and the box renders, with or without JavaScript. Messages are keys of
 * the auth namespace with their variables; never holds the password.
 */
export type LogInField = 'loginId' | 'password' | 'terms';

export type LogInState = {
  status: 'idle' | 'error';
  /** Counts submissions, so the error summary takes focus again after each one. */
  attempt: number;
  values: { loginId: string; remember: boolean; terms: boolean };
  errors: Partial<Record<LogInField, string>>;
  /** A refusal of the whole attempt (wrong id or password, locked, throttled …). */
  problem?: { key: string; vars?: Record<string, string | number> };
};

export const initialLogInState: LogInState = {
  status: 'idle',
  attempt: 0,
  values: { loginId: '', remember: false, terms: false },
  errors: {},
};

import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What the LOG MASUK action returns and the box renders, with or without JavaScript. The boxes come back
 * as 'on' or ''; never the password.
 */
export type LogInField = 'loginId' | 'password' | 'terms';
export type LogInValue = 'loginId' | 'remember' | 'terms';

export type LogInState = FormState<LogInField, never, LogInValue>;

export const initialLogInState: LogInState = initialFormState<LogInField, never, LogInValue>({ loginId: '', remember: '', terms: '' });

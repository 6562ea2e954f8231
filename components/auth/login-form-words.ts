import type authMessages from '@/messages/ms/auth.json';

type LoginMessages = (typeof authMessages)['login'];

/**
 * The words of auth.json's `login` that the LOG MASUK form shows. The home page's hydration payload carries the
 * props of this client component, so it gets these and not the namespace's notices (login-box.tsx shows those).
 * Not in login-form.tsx: a 'use client' module's values reach the server only as references.
 */
const LOGIN_FORM_WORDS = [
  'loginId',
  'password',
  'remember',
  'termsBefore',
  'termsLink',
  'termsNewTab',
  'termsAfter',
  'submit',
  'errorSummaryTitle',
  'recoveryLink',
  'errors',
] as const satisfies readonly (keyof LoginMessages)[];

export type LoginFormWords = Pick<LoginMessages, (typeof LOGIN_FORM_WORDS)[number]>;

export function loginFormWords(login: LoginMessages): LoginFormWords {
  return Object.fromEntries(LOGIN_FORM_WORDS.map((key) => [key, login[key]])) as LoginFormWords;
}

import 'server-only';
import { cookies } from 'next/headers';
import { asLocale, LOCALE_COOKIE, type Locale } from './locales';
import { translator } from './messages';

/** The visitor's language: the remembered choice, else Malay. */
export async function getLocale(): Promise<Locale> {
  return asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getT() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

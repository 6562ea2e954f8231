import 'server-only';
import { cookies } from 'next/headers';
import { asLocale, LOCALE_COOKIE, type Locale } from './locales';
import { translator } from './messages';

/** The visitor's language: the remembered choice, else Malay. */
export async function getLocale(): Promise<Locale> {
  return asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/**
 * The translator for `locale`, or for the visitor's remembered language. A page served the same to every visitor
 * (rendered at build time) passes the language of its path (app/[locale]) instead: reading the cookie would make it
 * render on every request.
 */
export async function getT(routeLocale?: Locale) {
  const locale = routeLocale ?? (await getLocale());
  return { locale, t: translator(locale) };
}

/** The props Next.js hands every page and layout under app/[locale]. */
export type LocaleParams = { params: Promise<{ locale: string }> };

/** The translator for the language of the page's path: for pages rendered once per language (decision 0008). */
export async function getRouteT({ params }: LocaleParams) {
  return getT(asLocale((await params).locale));
}

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

/** The language of the page's path (app/[locale]): what a page rendered once per language reads (decision 0008). */
export async function routeLocale({ params }: LocaleParams): Promise<Locale> {
  return asLocale((await params).locale);
}

/** The translator for the language of the page's path. */
export async function getRouteT(props: LocaleParams) {
  return getT(await routeLocale(props));
}

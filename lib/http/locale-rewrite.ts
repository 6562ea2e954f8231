import { asLocale, LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * Every page lives under app/[locale]: proxy.ts rewrites the address a browser asks for to the same path behind the
 * visitor's language (`/bantuan` → `/ms/bantuan`), which the address bar never shows. A page that shows nothing of
 * the visitor is then rendered once per language at build time and served as it is (decision 0008).
 */

/** Not pages: Next.js's own files, the API and the language switch are served where they are. */
const NOT_PAGE_PREFIXES = ['/_next/', '/api/'];
const NOT_PAGES = new Set(['/bahasa', '/icon.svg', '/favicon.ico']);

/**
 * Laman Utama has two renderings: the visitor's, the same for all (built once), and the one that depends on the
 * request (a session cookie, `?keluar=` or `?next=`), rendered each time. The second is reached only through this
 * rewrite; asked for by its own address it is not found.
 */
export const HOME_FOR_REQUEST = '/laman-utama';

export type PageRewrite = { locale: Locale; path: string };

/**
 * Where the page for `pathname` lives, or null when `pathname` is not a page. `personal`: the request carries a
 * session cookie or a query, so Laman Utama must be rendered for it.
 */
export function pageRewrite(pathname: string, localeCookie: string | undefined, personal: boolean): PageRewrite | null {
  if (NOT_PAGES.has(pathname) || NOT_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return null;
  const locale = asLocale(localeCookie);
  // The catch-all page answers this with the public 404, like any other unknown address.
  if (pathname === HOME_FOR_REQUEST || pathname.startsWith(`${HOME_FOR_REQUEST}/`)) return { locale, path: `/${locale}/tiada${pathname}` };
  if (pathname === '/') return { locale, path: personal ? `/${locale}${HOME_FOR_REQUEST}` : `/${locale}` };
  return { locale, path: `/${locale}${pathname}` };
}

const LOCALE_SEGMENT = new RegExp(`^/(?:${LOCALES.join('|')})(?=/|$)`);

/**
 * The address a browser shows for a page's path as Next.js may report it: a page built once per language was
 * rendered at `/ms/bantuan` (usePathname says so in its HTML), shown at `/bantuan`. Client code that compares or
 * sends back the page's address (the menu's current item, the language switch's return) goes through this.
 */
export function shownPath(pathname: string): string {
  return pathname.replace(LOCALE_SEGMENT, '') || '/';
}

import type { Metadata } from 'next';
import { LoginBox } from '@/components/auth/login-box';
import { homeDocumentTitle, HomeContent } from '@/components/home/home-content';
import { routeLocale, type LocaleParams } from '@/lib/i18n/server';

// No title from metadata: the LOG MASUK form renders <title> itself, so that after a refused log-in without
// JavaScript the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14).
export const metadata: Metadata = { title: null };

/**
 * Laman Utama as a visitor sees it: no session, no notice, built once per language (decision 0008). proxy.ts sends
 * a request with a session cookie or a query to ./laman-utama instead.
 */
export default async function HomePage(props: LocaleParams) {
  const locale = await routeLocale(props);
  return <HomeContent locale={locale} loginBox={<LoginBox locale={locale} documentTitle={homeDocumentTitle(locale)} />} />;
}

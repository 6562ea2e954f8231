import type { Metadata } from 'next';
import { asLoginNotice, LoginBox } from '@/components/auth/login-box';
import { homeDocumentTitle, HomeContent } from '@/components/home/home-content';
import { getT } from '@/lib/i18n/server';

// As on the visitor's Laman Utama (../page.tsx): the LOG MASUK form renders <title>.
export const metadata: Metadata = { title: null };

type Props = { searchParams: Promise<{ keluar?: string | string[]; next?: string | string[] }> };

/**
 * Laman Utama for a request with a session cookie or a query (proxy.ts rewrites `/` here; its own address is a
 * 404): the notice of `?keluar=`, the page to return to of `?next=`, or the way back in for a signed-in user.
 */
export default async function HomeForRequestPage({ searchParams }: Props) {
  const { locale } = await getT();
  const { keluar, next } = await searchParams;
  return (
    <HomeContent
      locale={locale}
      loginBox={<LoginBox notice={asLoginNotice(keluar)} next={next} session documentTitle={homeDocumentTitle(locale)} />}
    />
  );
}

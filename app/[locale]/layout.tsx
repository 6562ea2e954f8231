import type { Metadata } from 'next';
import './globals.css';
import { getRouteT, routeLocale, type LocaleParams } from '@/lib/i18n/server';
import { LOCALES } from '@/lib/i18n/locales';

// The language is the first segment of the path the proxy rewrites every page to (proxy.ts, decision 0008):
// `/bantuan` is served from `/ms/bantuan` or `/en/bantuan`, so a page that shows nothing of the visitor can be
// rendered once per language at build time. Only these two exist; `/fr/…` is never rendered.
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = LocaleParams & { children: React.ReactNode };

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { t } = await getRouteT(props);
  return {
    title: { default: t('common.meta.title'), template: t('common.meta.titleTemplate') },
    description: t('common.meta.description'),
  };
}

export default async function RootLayout({ children, params }: Props) {
  const locale = await routeLocale({ params });
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}

import type { Metadata } from 'next';
import './globals.css';
import { getT } from '@/lib/i18n/server';
import { asLocale, LOCALES } from '@/lib/i18n/locales';

// The language is the first segment of the path the proxy rewrites every page to (proxy.ts, decision 0008):
// `/bantuan` is served from `/ms/bantuan` or `/en/bantuan`, so a page that shows nothing of the visitor can be
// rendered once per language at build time. Only these two exist; `/fr/…` is never rendered.
export const dynamicParams = false;
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { t } = await getT(asLocale((await params).locale));
  return {
    title: { default: t('common.meta.title'), template: t('common.meta.titleTemplate') },
    description: t('common.meta.description'),
  };
}

export default async function RootLayout({ children, params }: Props) {
  const locale = asLocale((await params).locale);
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}

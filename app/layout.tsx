import type { Metadata } from 'next';
import './globals.css';
import { getLocale, getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return {
    title: { default: t('common.meta.title'), template: t('common.meta.titleTemplate') },
    description: t('common.meta.description'),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}

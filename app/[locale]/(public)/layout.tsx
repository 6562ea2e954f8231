import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/page-shell';
import { asLocale } from '@/lib/i18n/locales';
import type { LocaleParams } from '@/lib/i18n/server';

export default async function PublicLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  // The language of the path, not the cookie: the frame of a page built once per language (decision 0008).
  return <PageShell locale={asLocale((await params).locale)}>{children}</PageShell>;
}

import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/page-shell';
import { routeLocale, type LocaleParams } from '@/lib/i18n/server';

export default async function PublicLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  // The language of the path, not the cookie: the frame of a page built once per language (decision 0008).
  return <PageShell locale={await routeLocale({ params })}>{children}</PageShell>;
}

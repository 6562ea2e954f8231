import type { Metadata } from 'next';
import { DocumentPage } from '@/components/content/document-page';
import { loadPage } from '@/lib/content/pages';
import { getRouteT, type LocaleParams } from '@/lib/i18n/server';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { locale } = await getRouteT(props);
  const document = await loadPage('requirements', locale);
  return { title: document.title, description: document.description };
}

/** Syarat Permohonan: who may register and the manual's §3.0 for companies with an ST record. */
export default async function RequirementsPage(props: LocaleParams) {
  const { locale, t } = await getRouteT(props);
  const document = await loadPage('requirements', locale);
  return <DocumentPage document={document} locale={locale} tocTitle={t('content.toc')} />;
}

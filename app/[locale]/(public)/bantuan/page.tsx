import type { Metadata } from 'next';
import { DocumentPage } from '@/components/content/document-page';
import { loadPage } from '@/lib/content/pages';
import { getRouteT, type LocaleParams } from '@/lib/i18n/server';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { locale } = await getRouteT(props);
  const document = await loadPage('help', locale);
  return { title: document.title, description: document.description };
}

/** Bantuan: the user manual rewritten as a help page (content/help/<locale>.md). */
export default async function HelpPage(props: LocaleParams) {
  const { locale, t } = await getRouteT(props);
  const document = await loadPage('help', locale);
  return <DocumentPage document={document} locale={locale} tocTitle={t('content.toc')} />;
}

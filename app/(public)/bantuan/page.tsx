import type { Metadata } from 'next';
import { DocumentPage } from '@/components/content/document-page';
import { loadPage } from '@/lib/content/pages';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getT();
  const document = await loadPage('help', locale);
  return { title: document.title, description: document.description };
}

/** Bantuan: the user manual rewritten as a help page (content/help/<locale>.md). */
export default async function HelpPage() {
  const { locale, t } = await getT();
  const document = await loadPage('help', locale);
  return <DocumentPage document={document} locale={locale} tocTitle={t('content.toc')} />;
}

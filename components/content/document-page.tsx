import { PageTitle } from '@/components/ui/heading';
import type { ContentDocument } from '@/lib/content/document';
import type { Locale } from '@/lib/i18n/locales';
import { DocumentBlocks, DocumentSections } from './document-body';
import { TableOfContents } from './table-of-contents';

/**
 * A page made from a content file: title and lead, the table of contents (beside the text from lg up, sticky
 * while the text scrolls; above it on a phone), then the sections.
 */
export function DocumentPage({ document, locale, tocTitle }: { document: ContentDocument; locale: Locale; tocTitle: string }) {
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-3">
        <PageTitle>{document.title}</PageTitle>
        <div className="space-y-3 text-body-lg text-gray-700">
          <DocumentBlocks blocks={document.intro} locale={locale} />
        </div>
      </div>
      <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start lg:gap-12">
        <TableOfContents sections={document.sections} title={tocTitle} className="lg:sticky lg:top-6" />
        <DocumentSections document={document} locale={locale} />
      </div>
    </div>
  );
}

import { Callout } from '@/components/ui/callout';
import type { Block, ContentDocument } from '@/lib/content/document';
import type { Locale } from '@/lib/i18n/locales';
import { RichText } from './rich-text';

function BlockView({ block, locale }: { block: Block; locale: Locale }) {
  switch (block.type) {
    case 'heading':
      return <h3 className="pt-2 font-heading text-body-lg font-semibold text-gray-900">{block.text}</h3>;
    case 'paragraph':
      return (
        <p>
          <RichText content={block.content} />
        </p>
      );
    case 'note':
      return (
        <Callout locale={locale} variant="info">
          <p>
            <RichText content={block.content} />
          </p>
        </Callout>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`space-y-2 ps-6 ${block.ordered ? 'list-decimal' : 'list-disc'} marker:text-gray-500`}>
          {block.items.map((item, index) => (
            <li key={index} className="ps-1">
              <RichText content={item} />
            </li>
          ))}
        </List>
      );
    }
  }
}

export function DocumentBlocks({ blocks, locale }: { blocks: Block[]; locale: Locale }) {
  return blocks.map((block, index) => <BlockView key={index} block={block} locale={locale} />);
}

/**
 * A content file's sections under the page's h1: each an h2 with the id the table of contents links to.
 * scroll-mt leaves a little room above a heading reached by an in-page link.
 */
export function DocumentSections({ document, locale }: { document: ContentDocument; locale: Locale }) {
  return (
    <div className="min-w-0 max-w-prose space-y-10 text-gray-800">
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-4">
          <h2 id={section.id} tabIndex={-1} className="section-title scroll-mt-6">
            {section.heading}
          </h2>
          <DocumentBlocks blocks={section.blocks} locale={locale} />
        </section>
      ))}
    </div>
  );
}

import { DocumentBlocks } from '@/components/content/document-body';
import type { Block, ContentDocument } from '@/lib/content/document';
import type { Locale } from '@/lib/i18n/locales';

type TermsItem = { heading: string; blocks: Block[] };

/** A section's blocks as its own text and its items: each ### heading with the blocks up to the next one. */
function itemsOf(blocks: Block[]): { lead: Block[]; items: TermsItem[] } {
  const lead: Block[] = [];
  const items: TermsItem[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') items.push({ heading: block.text, blocks: [] });
    else (items.at(-1)?.blocks ?? lead).push(block);
  }
  return { lead, items };
}

/**
 * The terms (content/terms/<locale>.md, lib/content/terms.ts) as headings and paragraphs, under the page's
 * own h1. Each item is kept together with its heading, closer than the content pages' sub-headings are.
 */
export function TermsText({ terms, locale }: { terms: ContentDocument; locale: Locale }) {
  return (
    <div className="max-w-prose space-y-8 text-gray-800">
      {terms.sections.map((section, index) => {
        const { lead, items } = itemsOf(section.blocks);
        return (
          <section key={index} className="space-y-4">
            <h2 className="section-title">{section.heading}</h2>
            <DocumentBlocks blocks={lead} locale={locale} />
            {items.map((item, itemIndex) => (
              <div key={itemIndex} className="space-y-2">
                <h3 className="font-semibold text-gray-900">{item.heading}</h3>
                <DocumentBlocks blocks={item.blocks} locale={locale} />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}

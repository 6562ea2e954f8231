import type { TermsDocument } from '@/content/terms/load';

/** The terms (content/terms/<locale>.md) as headings and paragraphs, under the page's own h1. */
export function TermsText({ terms }: { terms: TermsDocument }) {
  return (
    <div className="max-w-prose space-y-8 text-gray-800">
      {terms.sections.map((section) => (
        <section key={section.heading} className="space-y-4">
          <h2 className="font-heading text-heading-2xs font-semibold text-gray-900">{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {section.items.map((item) => (
            <div key={item.heading} className="space-y-2">
              <h3 className="font-semibold text-gray-900">{item.heading}</h3>
              {item.paragraphs.map((text) => (
                <p key={text}>{text}</p>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

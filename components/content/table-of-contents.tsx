import type { DocumentSection } from '@/lib/content/document';

/**
 * In-page links to a document's sections. A plain list of fragment links: works without JavaScript, and the
 * browser moves focus to the heading (it has tabindex -1) so keyboard users continue from there.
 */
export function TableOfContents({ sections, title, className }: { sections: DocumentSection[]; title: string; className?: string }) {
  return (
    <nav aria-labelledby="kandungan-halaman" className={`rounded-lg border border-gray-200 bg-gray-50 p-4 ${className ?? ''}`}>
      <h2 id="kandungan-halaman" className="font-heading text-body-md font-semibold text-gray-900">
        {title}
      </h2>
      <ol className="mt-2 space-y-0.5 text-body-sm">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="toc-link">
              {section.heading}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

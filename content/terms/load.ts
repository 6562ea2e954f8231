import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The terms as structured data, read from content/terms/<locale>.md. The files use a small fixed subset of
 * Markdown (## section, ### item, paragraphs) so the page renders them as plain React elements — no HTML
 * from a file ever reaches the page. HTML comments (editorial notes) and the front matter are dropped.
 */
export type TermsItem = { heading: string; paragraphs: string[] };
export type TermsSection = { heading: string; paragraphs: string[]; items: TermsItem[] };
export type TermsDocument = { title: string; version: string; sections: TermsSection[] };

export function parseTerms(source: string): TermsDocument {
  let text = source.replace(/\r\n/g, '\n');
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    for (const line of front[1].split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) meta[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    text = text.slice(front[0].length);
  }
  text = text.replace(/<!--[\s\S]*?-->/g, '');

  const sections: TermsSection[] = [];
  for (const block of text.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    const section = sections.at(-1);
    if (block.startsWith('## ')) {
      sections.push({ heading: block.slice(3).trim(), paragraphs: [], items: [] });
    } else if (block.startsWith('### ')) {
      if (!section) throw new Error('Terms: an item before any section');
      section.items.push({ heading: block.slice(4).trim(), paragraphs: [] });
    } else {
      if (!section) throw new Error('Terms: text before any section');
      const paragraph = block.replace(/\s*\n\s*/g, ' ');
      const item = section.items.at(-1);
      (item ? item.paragraphs : section.paragraphs).push(paragraph);
    }
  }
  return { title: meta.title ?? '', version: meta.version ?? '', sections };
}

export async function loadTerms(locale: Locale): Promise<TermsDocument> {
  const file = path.join(process.cwd(), 'content', 'terms', `${locale}.md`);
  return parseTerms(await readFile(file, 'utf8'));
}

import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';
import { ContentError, parseDocument, type ContentDocument } from './document';

export function termsPath(locale: Locale): string {
  return path.join(process.cwd(), 'content', 'terms', `${locale}.md`);
}

/**
 * The terms (requirements §3.1) in the content pages' Markdown subset (document.ts): `title:` and `version:`
 * in the front matter, ## sections without anchors (the terms have no table of contents), ### items and
 * their paragraphs. The terms are shown as sections only, so text before the first one is refused rather
 * than silently left out of what users agree to.
 */
export function parseTerms(source: string): ContentDocument {
  const terms = parseDocument(source, {}, { anchors: false });
  if (terms.intro.length > 0) throw new ContentError('Terms: text before any section');
  return terms;
}

/** Read at request time, like the content pages: an edit of the text shows without a rebuild. */
export async function loadTerms(locale: Locale): Promise<ContentDocument> {
  return parseTerms(await readFile(termsPath(locale), 'utf8'));
}

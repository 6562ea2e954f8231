/**
 * The texts kept as files — the content pages (Bantuan, Syarat Permohonan; pages.ts) and the terms
 * (terms.ts) — as structured data, parsed from a small fixed subset of Markdown in content/<folder>/<locale>.md.
 * No Markdown library and no HTML from a file: the pages render these blocks as React elements, so an
 * officer's edit cannot inject markup.
 *
 * The subset:
 *   front matter      `title:`, `description:` and `version:` (the terms') between `---` lines
 *   ## Heading {#id}  a section; the id is the in-page anchor and must be the same in every language
 *                     (read with `anchors: false`, as the terms are, a section may have none: its id is '')
 *   ### Heading       a sub-heading inside a section
 *   - item / 1. item  a bulleted / numbered list (an indented line continues the item above)
 *   > text            a note, shown as a callout
 *   other text        a paragraph; **bold** and [text](/path | #id | https://… | tel:… | mailto:…) inside
 *   {name}            replaced by a value the page supplies (settings, contact facts); an unknown name throws
 *   <!-- … -->        an editorial note, dropped
 */
export type Inline = { type: 'text'; text: string } | { type: 'strong'; text: string } | { type: 'link'; text: string; href: string };

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'note'; content: Inline[] };

export type DocumentSection = { id: string; heading: string; blocks: Block[] };

export type ContentDocument = {
  title: string;
  description: string;
  /** The terms' version from the front matter; '' for a text that has none. */
  version: string;
  /** Blocks before the first section: the page's lead. */
  intro: Block[];
  sections: DocumentSection[];
};

export type DocumentVars = Record<string, string | number>;

export type ParseOptions = {
  /**
   * Whether every section needs an {#id} (the default). The content pages link to their sections from a
   * table of contents and from other pages; the terms are read straight through and link nowhere.
   */
  anchors?: boolean;
};

export class ContentError extends Error {}

const SAFE_HREF = /^(\/(?!\/)|#|https:\/\/|tel:|mailto:)/;
const SECTION = /^## (.+?)(?:\s*\{#([a-z0-9-]+)\})?$/;
const BULLET = /^- +/;
const NUMBERED = /^\d+\. +/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) {
      out.push({ type: 'strong', text: match[1] });
    } else {
      const href = match[3];
      // Protocol-relative and javascript: links would leave the site or run script: refuse them at load.
      if (!SAFE_HREF.test(href)) throw new ContentError(`Content: link target not allowed: ${href}`);
      out.push({ type: 'link', text: match[2], href });
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

function substitute(text: string, vars: DocumentVars): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new ContentError(`Content: unknown placeholder {${name}}`);
    return String(vars[name]);
  });
}

function parseList(lines: string[], marker: RegExp): Inline[][] {
  const items: string[] = [];
  for (const line of lines) {
    if (marker.test(line)) items.push(line.replace(marker, ''));
    else if (items.length && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else throw new ContentError(`Content: a list line that is not an item: ${line}`);
  }
  return items.map((item) => parseInline(item.trim()));
}

function parseBlock(block: string): Block {
  const lines = block.split('\n');
  if (block.startsWith('### ')) return { type: 'heading', text: block.slice(4).trim() };
  if (BULLET.test(lines[0])) return { type: 'list', ordered: false, items: parseList(lines, BULLET) };
  if (NUMBERED.test(lines[0])) return { type: 'list', ordered: true, items: parseList(lines, NUMBERED) };
  if (lines.every((line) => line.startsWith('>'))) {
    return {
      type: 'note',
      content: parseInline(
        lines
          .map((line) => line.replace(/^>\s?/, ''))
          .join(' ')
          .trim(),
      ),
    };
  }
  return { type: 'paragraph', content: parseInline(lines.map((line) => line.trim()).join(' ')) };
}

export function parseDocument(source: string, vars: DocumentVars = {}, { anchors = true }: ParseOptions = {}): ContentDocument {
  let text = source.replace(/\r\n/g, '\n');
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    for (const line of front[1].split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) meta[line.slice(0, at).trim()] = substitute(line.slice(at + 1).trim(), vars);
    }
    text = text.slice(front[0].length);
  }
  text = substitute(text.replace(/<!--[\s\S]*?-->/g, ''), vars);

  const doc: ContentDocument = {
    title: meta.title ?? '',
    description: meta.description ?? '',
    version: meta.version ?? '',
    intro: [],
    sections: [],
  };
  const seen = new Set<string>();
  for (const block of text
    .split(/\n{2,}/)
    .map((b) => b.replace(/^\n+|\s+$/g, ''))
    .filter(Boolean)) {
    if (block.startsWith('## ')) {
      const match = SECTION.exec(block);
      if (!match) throw new ContentError(`Content: a section heading takes one line: ${block}`);
      const [, heading, id = ''] = match;
      if (anchors && !id) throw new ContentError(`Content: a section needs an id, as in "## Heading {#id}": ${block}`);
      if (id && seen.has(id)) throw new ContentError(`Content: section id used twice: ${id}`);
      seen.add(id);
      doc.sections.push({ id, heading, blocks: [] });
      continue;
    }
    (doc.sections.at(-1)?.blocks ?? doc.intro).push(parseBlock(block));
  }
  if (!doc.title) throw new ContentError('Content: the front matter needs a title');
  return doc;
}

/** The {name} placeholders a source uses, for checking that every language asks for the same values. */
export function placeholdersOf(source: string): string[] {
  return [...new Set([...source.replace(/<!--[\s\S]*?-->/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

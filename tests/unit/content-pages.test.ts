/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, placeholdersOf, type Block, type ContentDocument, type Inline } from '@/lib/content/document';
import { CONTENT_PAGES, contentPath, contentVars, type ContentPage } from '@/lib/content/pages';
import { loadTerms, parseTerms, termsPath } from '@/lib/content/terms';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { resetEnv } from '@/lib/config/env';
import { LOCALES } from '@/lib/i18n/locales';

const pages = Object.keys(CONTENT_PAGES) as ContentPage[];

function load(page: ContentPage, locale: (typeof LOCALES)[number]): ContentDocument {
  return parseDocument(readFileSync(contentPath(page, locale), 'utf8'), contentVars());
}

function linksOf(doc: ContentDocument): string[] {
  const inlines = (blocks: Block[]): Inline[] =>
    blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'note' ? b.content : b.type === 'list' ? b.items.flat() : []));
  return [...inlines(doc.intro), ...doc.sections.flatMap((s) => inlines(s.blocks))].flatMap((i) => (i.type === 'link' ? [i.href] : []));
}

/** The URL paths the app serves: every folder under app/ holding a page.tsx, route groups "(…)" and the language
 * segment the proxy adds ([locale]) left out. */
function appPaths(dir = path.join(process.cwd(), 'app'), prefix = ''): string[] {
  const here = existsSync(path.join(dir, 'page.tsx')) ? [prefix || '/'] : [];
  return [
    ...here,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_') && (!e.name.startsWith('[') || e.name === '[locale]'))
      .flatMap((e) => appPaths(path.join(dir, e.name), /^\(.*\)$|^\[locale\]$/.test(e.name) ? prefix : `${prefix}/${e.name}`)),
  ];
}

describe.each(pages)('content page %s', (page) => {
  it('exists in every language', () => {
    for (const locale of LOCALES) expect(existsSync(contentPath(page, locale))).toBe(true);
  });

  it('has the same sections, in the same order, in Malay and English', () => {
    const [ms, en] = LOCALES.map((locale) => load(page, locale));
    expect(en.sections.map((s) => s.id)).toEqual(ms.sections.map((s) => s.id));
    expect(ms.sections.length).toBeGreaterThan(2);
    // Same shape inside each section: a list or sub-heading added in one language only shows up here.
    for (const [i, section] of ms.sections.entries()) {
      expect([section.id, en.sections[i].blocks.map((b) => b.type)]).toEqual([section.id, section.blocks.map((b) => b.type)]);
    }
    for (const doc of [ms, en]) {
      expect(doc.title).not.toBe('');
      expect(doc.description).not.toBe('');
    }
  });

  it('asks for the same values in both languages', () => {
    const [ms, en] = LOCALES.map((locale) => placeholdersOf(readFileSync(contentPath(page, locale), 'utf8')));
    expect(en).toEqual(ms);
  });

  it('links only to pages and sections that exist', () => {
    const served = new Set(appPaths());
    for (const locale of LOCALES) {
      const doc = load(page, locale);
      for (const href of linksOf(doc)) {
        if (href.startsWith('#')) {
          expect(doc.sections.map((s) => `#${s.id}`)).toContain(href);
        } else if (href.startsWith('/')) {
          const [pathname, hash] = href.split('#');
          expect([href, served.has(pathname)]).toEqual([href, true]);
          if (hash) {
            const target = pages.find((p) => ({ help: '/bantuan', requirements: '/syarat-permohonan' })[p] === pathname);
            expect(target && load(target, locale).sections.map((s) => s.id)).toContain(hash);
          }
        }
      }
    }
  });
});

describe('help page facts', () => {
  const strongs = (doc: ContentDocument) => JSON.stringify(doc.sections.find((s) => s.id === 'akaun-dikunci'));

  it("states the manual's rules: 5 attempts, 15 minutes, 8 to 12 characters, with ST's toll-free number", () => {
    const text = JSON.stringify(load('help', 'ms'));
    expect(strongs(load('help', 'ms'))).toContain('"5 kali"');
    expect(strongs(load('help', 'ms'))).toContain('"15 minit"');
    expect(text).toContain('8 hingga 12 aksara');
    expect(text).toContain('"tel:1800222278"');
  });

  it('follows the settings when an operator changes them', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { LOCKOUT_THRESHOLD: '3', LOCKOUT_BASE_MINUTES: '30', PASSWORD_MAX_LENGTH: '64' });
      resetEnv();
      const en = JSON.stringify(load('help', 'en'));
      expect(en).toContain('"After "');
      expect(en).toMatch(/"3".*"30 minutes"/);
      expect(en).toContain('8 to 64 characters');
    } finally {
      process.env = saved;
      resetEnv();
    }
  });
});

describe('the terms', () => {
  const terms = (locale: (typeof LOCALES)[number]) => parseTerms(readFileSync(termsPath(locale), 'utf8'));
  const shape = (doc: ContentDocument) => doc.sections.map((s) => s.blocks.map((b) => b.type));

  it('show the version users consent to, in every language', () => {
    for (const locale of LOCALES) expect(terms(locale).version).toBe(CURRENT_TERMS_VERSION);
  });

  it('have the same sections, items and paragraphs in Malay and English', () => {
    const [ms, en] = LOCALES.map(terms);
    expect(ms.sections.length).toBe(4);
    expect(shape(en)).toEqual(shape(ms));
  });

  it("keep the manual's headings, as plain paragraphs and item headings only", async () => {
    const ms = await loadTerms('ms');
    expect(ms.title).toBe('TERMA DAN SYARAT');
    expect(ms.sections.map((s) => s.heading)).toEqual([
      'A. TERMA DAN SYARAT PENGGUNAAN',
      'B. DASAR KESELAMATAN',
      'C. DASAR PRIVASI',
      'D. PEMELIHARAAN HAK CIPTA',
    ]);
    expect(ms.sections[0].blocks.filter((b) => b.type === 'heading')).toHaveLength(6);
    const kinds = new Set(
      ms.sections.flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.content.map((i) => i.type).join() : b.type))),
    );
    expect([...kinds].sort()).toEqual(['heading', 'text']);
    expect((await loadTerms('en')).title).toBe('TERMS AND CONDITIONS');
  });
});

/** @jest-environment node */
import { ContentError, parseDocument, placeholdersOf } from '@/lib/content/document';
import { parseTerms } from '@/lib/content/terms';

const SOURCE = `---
title: Bantuan
description: Untuk {who}
---

<!-- editorial note, never shown -->

Halaman **ini** membantu.

## Cara mendaftar {#cara-mendaftar}

1. Pergi ke [Daftar Pengguna](/daftar).
2. Pilih **Jenis Pengguna**
   dan isi borang.

### Individu

- No. MyKad: 12 digit
- Emel

> Syarikat: baca [Syarat Permohonan](/syarat-permohonan).

Telefon [{phone}](tel:0388708500) atau
lihat [syarat](#syarat).

## Syarat {#syarat}

Tamat selepas {hours} jam.
`;

describe('parseDocument', () => {
  const doc = parseDocument(SOURCE, { who: 'semua', phone: '03-8870 8500', hours: 24 });

  it('reads the front matter and drops editorial notes', () => {
    expect(doc.title).toBe('Bantuan');
    expect(doc.description).toBe('Untuk semua');
    expect(JSON.stringify(doc)).not.toContain('editorial');
  });

  it('keeps the text before the first section as the lead', () => {
    expect(doc.intro).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Halaman ' },
          { type: 'strong', text: 'ini' },
          { type: 'text', text: ' membantu.' },
        ],
      },
    ]);
  });

  it('gives each section its anchor id and its blocks in order', () => {
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['cara-mendaftar', 'Cara mendaftar'],
      ['syarat', 'Syarat'],
    ]);
    expect(doc.sections[0].blocks.map((b) => b.type)).toEqual(['list', 'heading', 'list', 'note', 'paragraph']);
  });

  it('reads numbered and bulleted lists, joining an indented line to its item', () => {
    const [ordered, , bullets] = doc.sections[0].blocks;
    expect(ordered).toMatchObject({ type: 'list', ordered: true });
    expect(ordered.type === 'list' && ordered.items[1]).toEqual([
      { type: 'text', text: 'Pilih ' },
      { type: 'strong', text: 'Jenis Pengguna' },
      { type: 'text', text: ' dan isi borang.' },
    ]);
    expect(bullets).toMatchObject({ type: 'list', ordered: false, items: [[{ text: 'No. MyKad: 12 digit' }], [{ text: 'Emel' }]] });
  });

  it('fills placeholders, also inside links', () => {
    const paragraph = doc.sections[0].blocks[4];
    expect(paragraph.type === 'paragraph' && paragraph.content).toEqual([
      { type: 'text', text: 'Telefon ' },
      { type: 'link', text: '03-8870 8500', href: 'tel:0388708500' },
      { type: 'text', text: ' atau lihat ' },
      { type: 'link', text: 'syarat', href: '#syarat' },
      { type: 'text', text: '.' },
    ]);
    expect(doc.sections[1].blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Tamat selepas 24 jam.' }] }]);
  });

  it('lists the placeholders a file uses', () => {
    expect(placeholdersOf(SOURCE)).toEqual(['hours', 'phone', 'who']);
  });

  it('refuses what would break the page or leave the site unsafely', () => {
    const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
    expect(() => parseDocument(page('Nilai {tiada}'))).toThrow(ContentError);
    expect(() => parseDocument(page('[klik](javascript:alert(1))'))).toThrow(/not allowed/);
    expect(() => parseDocument(page('[klik](//evil.example)'))).toThrow(/not allowed/);
    expect(() => parseDocument(page('[klik](http://www.st.gov.my)'))).toThrow(/not allowed/);
    expect(() => parseDocument(page('## Tanpa id'))).toThrow(/needs an id/);
    expect(() => parseDocument(page('## A {#a}\n\n## B {#a}'))).toThrow(/used twice/);
    expect(() => parseDocument('## A {#a}')).toThrow(/title/);
  });

  it('keeps markup from the file as text, never as HTML', () => {
    const doc2 = parseDocument('---\ntitle: T\n---\n\n<script>alert(1)</script> <b>x</b>\n');
    expect(doc2.intro).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> <b>x</b>' }] }]);
  });
});

describe('parseDocument without anchors, and parseTerms', () => {
  const TERMS = `---
version: 2026-11
title: TERMA DAN SYARAT
---

<!-- awaiting confirmation by ST -->

## A. TERMA DAN SYARAT PENGGUNAAN

### 1. Penggunaan Portal

Portal ini disediakan oleh ST.
Baris kedua perenggan yang sama.

Perenggan kedua.

## C. DASAR PRIVASI

Halaman ini menerangkan dasar privasi.

### 1. Maklumat Yang Dikumpul

Tiada maklumat peribadi.
`;

  it('reads the version from the front matter, and has none where a text gives none', () => {
    expect(parseTerms(TERMS)).toMatchObject({ title: 'TERMA DAN SYARAT', version: '2026-11', description: '', intro: [] });
    expect(parseDocument('---\ntitle: T\n---\n').version).toBe('');
  });

  it('takes sections without ids, keeping items and paragraphs in the order written', () => {
    const text = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
    expect(parseTerms(TERMS).sections).toEqual([
      {
        id: '',
        heading: 'A. TERMA DAN SYARAT PENGGUNAAN',
        blocks: [
          { type: 'heading', text: '1. Penggunaan Portal' },
          text('Portal ini disediakan oleh ST. Baris kedua perenggan yang sama.'),
          text('Perenggan kedua.'),
        ],
      },
      {
        id: '',
        heading: 'C. DASAR PRIVASI',
        blocks: [
          text('Halaman ini menerangkan dasar privasi.'),
          { type: 'heading', text: '1. Maklumat Yang Dikumpul' },
          text('Tiada maklumat peribadi.'),
        ],
      },
    ]);
    expect(JSON.stringify(parseTerms(TERMS))).not.toContain('awaiting');
  });

  it('still reads an id that is given, and refuses one used twice', () => {
    const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
    expect(parseDocument(page('## A {#a}\n\n## B'), {}, { anchors: false }).sections.map((s) => [s.id, s.heading])).toEqual([
      ['a', 'A'],
      ['', 'B'],
    ]);
    expect(() => parseDocument(page('## A {#a}\n\n## B {#a}'), {}, { anchors: false })).toThrow(/used twice/);
  });

  it('refuses terms text that the terms page would not show, or that is not the subset', () => {
    expect(() => parseTerms('---\ntitle: T\n---\n\nSebelum bahagian.\n\n## A\n')).toThrow(/before any section/);
    expect(() => parseTerms('---\ntitle: T\n---\n\n### 1. Item\n\n## A\n')).toThrow(/before any section/);
    expect(() => parseTerms('---\ntitle: T\n---\n\n## A\nBaris terus di bawah\n')).toThrow(/one line/);
    expect(() => parseTerms('## A\n')).toThrow(/title/);
  });
});

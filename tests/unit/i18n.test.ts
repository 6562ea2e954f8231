/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Reads the directories rather than a list, so a namespace added later is checked without touching this test.
const root = path.join(process.cwd(), 'messages');
const locales = ['ms', 'en'] as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function load(locale: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(root, locale, file), 'utf8'));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

const files = [...new Set(locales.flatMap((locale) => readdirSync(path.join(root, locale))))].filter((f) => f.endsWith('.json')).sort();

describe('message files', () => {
  it('has the same namespace files in every language', () => {
    for (const locale of locales) {
      expect(
        readdirSync(path.join(root, locale))
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual(files);
    }
  });

  describe.each(files)('%s', (file) => {
    const ms = load('ms', file);
    const en = load('en', file);

    it('has every Malay key in English and every English key in Malay', () => {
      const msKeys = new Set(keysOf(ms));
      const enKeys = new Set(keysOf(en));
      expect([...msKeys].filter((k) => !enKeys.has(k))).toEqual([]);
      expect([...enKeys].filter((k) => !msKeys.has(k))).toEqual([]);
    });

    it('has no empty text and the same {placeholders} in both languages', () => {
      const english = new Map(leaves(en));
      for (const [key, text] of leaves(ms)) {
        if (typeof text !== 'string') continue;
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        const other = english.get(key);
        if (typeof other === 'string') {
          expect({ key, placeholders: placeholders(other) }).toEqual({ key, placeholders: placeholders(text) });
        }
      }
    });
  });
});

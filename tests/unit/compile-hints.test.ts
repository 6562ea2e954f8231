import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addCompileHints, COMPILE_HINT, hasCompileHint } from '../../scripts/build/lib/compile-hints';

// A build folder in the shape `next build` writes: the scripts every page loads (build-manifest.json), one page's
// client reference manifest naming its entry files, and chunks no page loads first.
const CHUNK = (name: string) => `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["${name}"]);\n`;
let dist: string;

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
  mkdirSync(path.join(dist, 'static/chunks'), { recursive: true });
  for (const name of ['runtime', 'react', 'page', 'global-error', 'widget'])
    writeFileSync(path.join(dist, `static/chunks/${name}.js`), CHUNK(name));
  writeFileSync(
    path.join(dist, 'build-manifest.json'),
    JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react.js'] }),
  );
  const page = path.join(dist, 'server/app/[locale]/(public)/daftar');
  mkdirSync(page, { recursive: true });
  const manifest = {
    '/[locale]/(public)/daftar/page': {
      entryJSFiles: {
        '[project]/app/global-error': ['static/chunks/global-error.js'],
        '[project]/app/[locale]/(public)/daftar/page': ['static/chunks/page.js'],
      },
    },
  };
  writeFileSync(
    path.join(page, 'page_client-reference-manifest.js'),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nObject.assign(globalThis.__RSC_MANIFEST, ${JSON.stringify(manifest)});\n`,
  );
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const read = (name: string) => readFileSync(path.join(dist, `static/chunks/${name}.js`), 'utf8');

describe('compile hints on first-load scripts (npm run build, decision 0011)', () => {
  it('marks the scripts every page loads and each page’s own, and only those', () => {
    expect(addCompileHints(dist)).toEqual(['static/chunks/page.js', 'static/chunks/react.js', 'static/chunks/runtime.js']);
    for (const name of ['runtime', 'react', 'page']) expect(read(name)).toBe(COMPILE_HINT + CHUNK(name));
    // Loaded later or never with the page: left as the bundler wrote them.
    expect(read('global-error')).toBe(CHUNK('global-error'));
    expect(read('widget')).toBe(CHUNK('widget'));
    expect(hasCompileHint(dist, 'static/chunks/widget.js')).toBe(false);
    expect(hasCompileHint(dist, 'static/chunks/page.js')).toBe(true);
  });

  it('a second run changes nothing: a file is never marked twice', () => {
    addCompileHints(dist);
    expect(addCompileHints(dist)).toEqual([]);
    expect(read('react')).toBe(COMPILE_HINT + CHUNK('react'));
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The pages `next build` rendered once per language (decision 0008), and the scripts in each: read from the build
 * folder on first use. Only paths the build's prerender manifest names are ever looked up, so no request can make
 * this grow.
 */

type Built = Map<string, readonly string[] | undefined>;
let built: Built | undefined;

function buildDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next');
}

function builtPages(): Built {
  if (!built) {
    built = new Map();
    try {
      const manifest = JSON.parse(readFileSync(path.join(buildDir(), 'prerender-manifest.json'), 'utf8'));
      for (const route of Object.keys(manifest.routes ?? {})) built.set(route, undefined);
    } catch {
      // No build (jest, next dev): no page is served as built.
    }
  }
  return built;
}

/**
 * The CSP sources (`sha256-…`) of every inline script in the page built for `routePath` (`/ms/bantuan`), or null
 * when that path is rendered on request.
 */
export function builtPageScriptHashes(routePath: string): readonly string[] | null {
  const pages = builtPages();
  if (!pages.has(routePath)) return null;
  let hashes = pages.get(routePath);
  if (!hashes) {
    const file = path.join(buildDir(), 'server', 'app', `${routePath}.html`);
    try {
      hashes = scriptHashes(readFileSync(file, 'utf8'));
    } catch {
      hashes = [];
    }
    pages.set(routePath, hashes);
  }
  return hashes.length ? hashes : null;
}

// Next.js writes these pages itself: a script's text never holds "</script>" (it escapes "<" in its payload).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SRC = /\bsrc=/i;

/** The sources of each inline script of `html`, in order, without repeats (files are not inline scripts). */
export function scriptHashes(html: string): string[] {
  const found = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (!SRC.test(attributes) && body) found.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...found];
}

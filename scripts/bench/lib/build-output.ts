import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript per page, read from the production build's own output: the scripts every page loads
 * (build-manifest.json rootMainFiles: the runtime, React, Next's client) plus the page's own entry files, which
 * the build lists in the page's client reference manifest (entryJSFiles: the chunks of its layouts, its error
 * boundaries, the nearest not-found boundary above it — embedded in its payload, and a client component — and the
 * page itself; not the farther not-found boundaries, which that one shadows, nor global-error). These are the
 * <script> tags of the page's HTML: npm run bench checks them against the HTML the server sends. Each file
 * counted once, gzipped at the default level as a server sends it. The polyfill file is left out: current
 * browsers do not load it (nomodule).
 */
export type RouteJs = { route: string; group: string | null; files: string[]; bytes: number; gzipBytes: number };

/** "/(public)/daftar/page" → { route: "/daftar", group: "public" }. */
export function routeOf(key: string): { route: string; group: string | null } {
  const segments = key
    .replace(/\/page$/, '')
    .split('/')
    .filter(Boolean);
  const group = segments.find((s) => /^\(.+\)$/.test(s))?.slice(1, -1) ?? null;
  // Route groups and the language segment the proxy adds (app/[locale]) are not in the address a browser sees.
  return { route: `/${segments.filter((s) => !/^\(.+\)$/.test(s) && s !== '[locale]').join('/')}`, group };
}

function manifests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...manifests(full));
    else if (entry.name === 'page_client-reference-manifest.js') found.push(full);
  }
  return found;
}

export function firstLoadJs(distDir: string): RouteJs[] {
  const buildManifest = path.join(distDir, 'build-manifest.json');
  if (!existsSync(buildManifest)) throw new Error(`${buildManifest} is missing: run the production build first (npm run build)`);
  const root: string[] = JSON.parse(readFileSync(buildManifest, 'utf8')).rootMainFiles ?? [];
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  const size = (file: string) => {
    let known = sizes.get(file);
    if (!known) {
      const content = readFileSync(path.join(distDir, file));
      known = { bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength };
      sizes.set(file, known);
    }
    return known;
  };
  const routes: RouteJs[] = [];
  for (const file of manifests(path.join(distDir, 'server', 'app'))) {
    const sandbox: Record<string, unknown> = {};
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    vm.runInNewContext(readFileSync(file, 'utf8'), sandbox);
    const all = sandbox.__RSC_MANIFEST as Record<string, { entryJSFiles?: Record<string, string[]> }>;
    for (const [key, manifest] of Object.entries(all)) {
      if (key.startsWith('/_') || !key.endsWith('/page')) continue;
      const byEntry = Object.entries(manifest.entryJSFiles ?? {});
      // Of the app's not-found boundaries, only the nearest one above the page is in its payload (the HTML loads
      // no other); Next.js's built-in one always is.
      const nearestNotFound = byEntry
        .map(([segment]) => segment)
        .filter((segment) => segment.startsWith('[project]/app/') && segment.endsWith('/not-found'))
        .filter((segment) => key.startsWith(segment.slice('[project]/app'.length, -'not-found'.length)))
        .sort((a, b) => b.length - a.length)[0];
      // global-error replaces the root layout when that fails: loaded then, not with the page.
      const entries = byEntry.filter(
        ([segment]) =>
          !segment.endsWith('/global-error') &&
          (!segment.startsWith('[project]/app/') || !segment.endsWith('/not-found') || segment === nearestNotFound),
      );
      const files = [...new Set([...root, ...entries.flatMap(([, chunks]) => chunks)])].map((f) => f.replace(/^\/_next\//, ''));
      const total = files.reduce((sum, f) => ({ bytes: sum.bytes + size(f).bytes, gzipBytes: sum.gzipBytes + size(f).gzipBytes }), {
        bytes: 0,
        gzipBytes: 0,
      });
      routes.push({ ...routeOf(key), files, ...total });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

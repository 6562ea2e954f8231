import { builtPageSettings } from './lib/config/page-setting-keys.mjs';
import { staticSecurityHeaders, UNPROXIED_CSP, UNPROXIED_PATHS } from './lib/http/static-security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm through a file URL that bundlers rewrite (see docs/stack-notes.md).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  // Lets several development servers (and the browser-test build) run from one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The settings the public pages show, as this build has them: those pages are rendered now (decision 0008), and a
  // server started with other values refuses to start (lib/config/env.ts checkPageSettings).
  env: { ECOS_BUILT_PAGE_SETTINGS: builtPageSettings() },
  // `npm run build` type-checks the whole project. .ci/run has already run `npm run typecheck` (the same tsc over
  // the same files) and sets SKIP_BUILD_TYPECHECK=1 so its build does not do it twice.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // A folder that runs by itself with Node.js alone (README "Production"): .next/standalone, plus .next/static
  // and public/ beside it. Started with its own server.mjs (the peer address), never the server.js Next.js
  // writes there.
  output: 'standalone',
  // Files read at run time through a path Next.js's file tracing cannot follow (process.cwd() joins, the start
  // script itself, the Argon2 thread and the package it loads), copied into the standalone folder with every route. PGlite's wasm, data and the pg_trgm
  // extension are loaded by URL from its package folder: named here too, so the standalone folder can open a
  // PGlite database without the rest of node_modules.
  outputFileTracingIncludes: {
    '/**': [
      './server.mjs',
      './lib/http/peer-address.mjs',
      './lib/http/log-in-gate.mjs',
      './messages/*/common.json',
      './lib/http/request-context.mjs',
      './lib/crypto/hash-worker.mjs',
      './lib/crypto/hash-concurrency.mjs',
      './node_modules/@node-rs/argon2/**/*',
      './node_modules/@node-rs/argon2-*/**/*',
      './db/migrations/**/*',
      './content/**/*',
      './node_modules/@electric-sql/pglite/dist/*.{wasm,data}',
      './node_modules/@electric-sql/pglite/dist/pg_trgm.tar.gz',
    ],
  },
  // The development server serves its scripts to these hosts too, so http://127.0.0.1:3000 hydrates like localhost.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  experimental: {
    // Raised from Next.js's 1 MB for Rekod Syarikat's CSV import (5 MB files): proxy.ts still refuses a POST
    // over 1 MB with a 413 on every other path, and over this on the import's (lib/http/post-guard.ts
    // UPLOAD_BODY_LIMIT_BYTES must agree); past the limit, the action handler itself would answer 500.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // Every response, static files included (requirements §8). The nonce-based CSP is per request: see proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
      ...UNPROXIED_PATHS.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: UNPROXIED_CSP }] })),
    ];
  },
};

export default nextConfig;

import { staticSecurityHeaders, UNPROXIED_CSP, UNPROXIED_PATHS } from './lib/http/static-security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm through a file URL that bundlers rewrite (see docs/stack-notes.md).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  // Lets several development servers (and the browser-test build) run from one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The development server serves its scripts to these hosts too, so http://127.0.0.1:3000 hydrates like localhost.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  experimental: {
    // Next.js's default, stated because proxy.ts refuses larger POSTs itself with a 413 (lib/http/post-guard.ts
    // ACTION_BODY_LIMIT_BYTES must agree): past it, the action handler answers 500.
    serverActions: { bodySizeLimit: '1mb' },
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

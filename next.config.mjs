import { staticSecurityHeaders } from './lib/http/static-security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm through a file URL that bundlers rewrite (see STACK.md).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  // Lets several development servers (and the browser-test build) run from one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The development server serves its scripts to these hosts too, so http://127.0.0.1:3000 hydrates like localhost.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  // Every response, static files included (SPEC §8). The nonce-based CSP is per request: see proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') }];
  },
};

export default nextConfig;

// Plain JavaScript so that next.config.mjs can import it: the one list of security headers that do not change
// per request. next.config.mjs sends them with every response, static files included; the proxy adds the CSP.

/**
 * @param {boolean} production HSTS only in production: on a developer's http://localhost it would pin HTTPS.
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders(production) {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Old browsers that ignore CSP frame-ancestors still refuse to frame the site (clickjacking).
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
    },
  ];
  if (production) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}

/**
 * The paths proxy.ts does not run for (its matcher names the same three): no per-request CSP reaches them, so
 * they get one that allows nothing. They serve files, not pages, and a 404 there must not run script either.
 */
export const UNPROXIED_PATHS = ['/_next/static/:path*', '/_next/image', '/favicon.ico'];
export const UNPROXIED_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

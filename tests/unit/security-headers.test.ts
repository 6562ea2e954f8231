/** @jest-environment node */
import { applySecurityHeaders, securityHeaders } from '@/lib/http/security-headers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { staticSecurityHeaders, UNPROXIED_CSP, UNPROXIED_PATHS } from '@/lib/http/static-security-headers.mjs';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const request = () => new Request('http://localhost/daftar', { headers: { cookie: 'bahasa=en' } });

describe('securityHeaders', () => {
  it('gives each request its own unguessable nonce, in the CSP and in x-nonce', () => {
    const a = securityHeaders(request(), {});
    const b = securityHeaders(request(), {});
    expect(a.nonce).not.toBe(b.nonce);
    expect(Buffer.from(a.nonce, 'base64')).toHaveLength(16);
    expect(a.requestHeaders.get('x-nonce')).toBe(a.nonce);
    const scripts = directives(a.responseHeaders.get('Content-Security-Policy')!).get('script-src');
    expect(scripts).toEqual(["'self'", `'nonce-${a.nonce}'`, "'strict-dynamic'"]);
  });

  it('puts the same CSP on the request (for Next.js to nonce its scripts) and keeps the incoming headers', () => {
    const { requestHeaders, responseHeaders } = securityHeaders(request(), {});
    expect(requestHeaders.get('Content-Security-Policy')).toBe(responseHeaders.get('Content-Security-Policy'));
    expect(requestHeaders.get('cookie')).toBe('bahasa=en');
  });

  it('forbids framing, plugins, foreign forms and base URLs', () => {
    const csp = directives(securityHeaders(request(), {}).responseHeaders.get('Content-Security-Policy')!);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it("allows eval only for next dev, and hCaptcha's hosts only when it is the captcha", () => {
    const prod = securityHeaders(request(), {}).responseHeaders.get('Content-Security-Policy')!;
    expect(prod).not.toContain('unsafe-eval');
    expect(prod).not.toContain('hcaptcha');

    const dev = directives(securityHeaders(request(), { development: true }).responseHeaders.get('Content-Security-Policy')!);
    expect(dev.get('script-src')).toContain("'unsafe-eval'");

    const withCaptcha = directives(securityHeaders(request(), { hcaptcha: true }).responseHeaders.get('Content-Security-Policy')!);
    for (const directive of ['script-src', 'frame-src', 'style-src', 'connect-src']) {
      expect(withCaptcha.get(directive)).toEqual(expect.arrayContaining(['https://hcaptcha.com', 'https://*.hcaptcha.com']));
    }
  });

  it('copies the headers onto whatever response the proxy returns', () => {
    const security = securityHeaders(request(), {});
    const response = applySecurityHeaders(new Response(null, { status: 307, headers: { Location: '/' } }), security);
    expect(response.headers.get('Content-Security-Policy')).toContain(`'nonce-${security.nonce}'`);
    expect(response.headers.get('Location')).toBe('/');
  });
});

describe('staticSecurityHeaders', () => {
  const asMap = (production: boolean) => new Map(staticSecurityHeaders(production).map((h) => [h.key, h.value]));

  it('sends nosniff, a strict referrer policy and DENY framing everywhere', () => {
    const headers = asMap(false);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
  });

  it('pins HTTPS (HSTS) only in production', () => {
    expect(asMap(false).has('Strict-Transport-Security')).toBe(false);
    expect(asMap(true).get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
  });
});

describe('the paths the proxy skips', () => {
  // proxy.ts's matcher must stay a literal there (Next.js reads it at build time): read it from the source.
  const source = readFileSync(path.join(__dirname, '../../proxy.ts'), 'utf8');
  const literal = /matcher: \['(.+)'\]/.exec(source)![1].replaceAll('\\\\', '\\');
  const proxied = (pathname: string) => new RegExp(`^${literal}$`).test(pathname);

  it('are exactly the ones next.config.mjs gives their own CSP', () => {
    for (const skipped of ['/_next/static/chunks/app.js', '/_next/static/missing.css', '/_next/image', '/favicon.ico']) {
      expect(proxied(skipped)).toBe(false);
    }
    expect(UNPROXIED_PATHS).toEqual(['/_next/static/:path*', '/_next/image', '/favicon.ico']);
  });

  it('near misses go through the proxy and get its CSP, 404 or not', () => {
    for (const pathname of [
      '/',
      '/dashboard',
      '/favicon.icon',
      '/favicon.ico.html',
      '/faviconxico',
      '/_next/statics',
      '/_next/imagex',
      '/icon.svg',
    ]) {
      expect(proxied(pathname)).toBe(true);
    }
  });

  it('their CSP allows nothing: they serve files, not pages', () => {
    const csp = directives(UNPROXIED_CSP);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });
});

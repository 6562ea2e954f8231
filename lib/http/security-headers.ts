/**
 * The per-request Content-Security-Policy (requirements §8). Scripts run only with this request's nonce; Next.js reads
 * the nonce from the CSP on the *request* and puts it on its own scripts, and pages can read it from `x-nonce`
 * (Next.js guide "Content Security Policy"). 'strict-dynamic' lets those scripts load the chunks they need.
 */

export const NONCE_HEADER = 'x-nonce';

const HCAPTCHA_SOURCES = ['https://hcaptcha.com', 'https://*.hcaptcha.com'];

export type SecurityHeaderOptions = {
  /** `next dev`: React needs eval for its debugging aids, and the dev overlay injects unnonced styles. */
  development?: boolean;
  /** CAPTCHA_PROVIDER=hcaptcha: its script, frames, styles and API calls come from hcaptcha.com. */
  hcaptcha?: boolean;
};

export type SecurityHeaders = {
  nonce: string;
  /** The incoming headers plus the nonce and the CSP: pass them on with `NextResponse.next({ request })`. */
  requestHeaders: Headers;
  /** Headers to set on the response (apply with `applySecurityHeaders`). */
  responseHeaders: Headers;
  options: SecurityHeaderOptions;
};

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * `scripts`: this response's nonce; or — for a page built once and served to everyone (decision 0008) — the
 * `'sha256-…'` sources of its inline scripts, with its script files allowed as this origin's ('self'), since
 * Next.js cannot put an integrity hash on every script tag it writes. Either way no inline script runs but the
 * page's own.
 */
export function contentSecurityPolicy(scripts: string | { hashes: readonly string[] }, options: SecurityHeaderOptions = {}): string {
  const extra = options.hcaptcha ? HCAPTCHA_SOURCES : [];
  const allowed = typeof scripts === 'string' ? [`'nonce-${scripts}'`, "'strict-dynamic'"] : scripts.hashes.map((hash) => `'${hash}'`);
  // A built page has no inline style element: its styles are files ('self').
  const inlineStyles = options.development ? ["'unsafe-inline'"] : typeof scripts === 'string' ? [`'nonce-${scripts}'`] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...allowed, ...(options.development ? ["'unsafe-eval'"] : []), ...extra],
    'style-src': ["'self'", ...inlineStyles, ...extra],
    // style="" attributes cannot run script; blocking them would only break server-rendered widths and the like.
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...extra],
    'frame-src': ["'self'", ...extra],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function defaultOptions(): SecurityHeaderOptions {
  return {
    development: process.env.NODE_ENV === 'development',
    hcaptcha: process.env.CAPTCHA_PROVIDER === 'hcaptcha',
  };
}

export function securityHeaders(request: Request, options: SecurityHeaderOptions = defaultOptions()): SecurityHeaders {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, options);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const responseHeaders = new Headers({ 'Content-Security-Policy': csp });
  return { nonce, requestHeaders, responseHeaders, options };
}

/**
 * For a response that is a page built once per language (`hashes`: its scripts' sources, lib/http/built-pages.ts):
 * its CSP allows those scripts rather than a nonce it does not carry. The request keeps the nonce, for Next.js
 * should it render after all.
 */
export function allowBuiltPageScripts(headers: SecurityHeaders, hashes: readonly string[]): void {
  headers.responseHeaders.set('Content-Security-Policy', contentSecurityPolicy({ hashes }, headers.options));
  // Next.js marks a built page for shared caches for a year, but one address serves each language by cookie: no
  // shared cache may keep it, and a browser checks its copy each time (its ETag makes that a 304).
  headers.responseHeaders.set('Cache-Control', 'private, no-cache');
}

/** Copies the security headers onto a response the proxy returns (next, redirect or rewrite alike). */
export function applySecurityHeaders<R extends Response>(response: R, headers: SecurityHeaders): R {
  headers.responseHeaders.forEach((value, key) => response.headers.set(key, value));
  return response;
}

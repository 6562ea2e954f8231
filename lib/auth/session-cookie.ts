import { sessionCookieName } from './cookies';

/**
 * Auth.js gives every session cookie the same lifetime (session.maxAge) and cannot issue a cookie that ends
 * with the browser (next-auth #2534). Without Ingati Katalaluan we want exactly that, so wherever Auth.js
 * (re)issues the cookie — the log-in action, the session route, proxy.ts — the Set-Cookie lines are passed
 * through here to drop Expires and Max-Age. Deletions (Max-Age=0) are left alone. The token's own claims
 * still enforce 12 hours / 30 minutes idle: a browser that keeps its session cookies across restarts gains
 * nothing.
 */
export function withoutExpiry(setCookie: string): string {
  const [pair, ...attributes] = setCookie.split(';');
  const name = pair.split('=')[0].trim();
  if (!name.startsWith(sessionCookieName())) return setCookie;
  if (attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a))) return setCookie;
  return [pair, ...attributes.filter((a) => !/^\s*(expires|max-age)\s*=/i.test(a))].join(';');
}

/** Rewrites a response's session Set-Cookie lines in place (Headers from a Response are mutable). */
export function makeSessionCookiesBrowserScoped(headers: Headers): void {
  const lines = headers.getSetCookie();
  if (!lines.some((line) => line.trim().startsWith(sessionCookieName()))) return;
  headers.delete('set-cookie');
  for (const line of lines) headers.append('set-cookie', withoutExpiry(line));
}

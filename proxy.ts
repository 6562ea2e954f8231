import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { auth } from '@/auth';
import { sessionCookieName } from '@/lib/auth/cookies';
import { proxyRedirect } from '@/lib/auth/proxy-rules';
import { makeSessionCookiesBrowserScoped } from '@/lib/auth/session-cookie';
import { postRefusal, refusalResponse } from '@/lib/http/post-guard';
import { applySecurityHeaders, securityHeaders } from '@/lib/http/security-headers';
import { log } from '@/lib/log/logger';

type Wrapped = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const security = securityHeaders(request);
  const next = () => NextResponse.next({ request: { headers: security.requestHeaders } });

  // Before Next.js's action handler, which answers these with a 500 (lib/http/post-guard.ts).
  const refusal = postRefusal(request.method, request.headers);
  if (refusal) {
    log.info('http.post_refused', { reason: refusal, path: request.nextUrl.pathname });
    return applySecurityHeaders(refusalResponse(refusal, request, security.nonce), security);
  }

  // Only page loads (GET) pass through Auth.js here. Server actions (POST) and Auth.js's own routes set the
  // session cookie themselves; a second Set-Cookie from this proxy could undo a log-out or a version bump.
  // Prefetches are not activity either, and one still in flight at Log Keluar would re-issue the cookie that
  // the log-out just cleared; the page's own guard still decides when the prefetched page is shown.
  const { pathname } = request.nextUrl;
  const prefetch = request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
  if (request.method !== 'GET' || prefetch || pathname.startsWith('/api/auth') || pathname.startsWith('/_next/')) {
    return applySecurityHeaders(next(), security);
  }

  // auth() re-reads the account (lib/auth/jwt-callback.ts) and re-issues the cookie: this request counts
  // as activity for the 30-minute idle limit. The redirects are a convenience; lib/auth/guards.ts decides.
  let remember: boolean | undefined;
  // With a lazily built config (auth.ts), auth(handler) resolves to the wrapped handler.
  const withAuth = (await auth((req) => {
    const user = req.auth?.user ?? null;
    remember = user?.remember;
    const hadCookie = req.cookies.getAll().some((c) => c.name.startsWith(sessionCookieName()));
    const target = proxyRedirect(req.nextUrl.pathname, user, hadCookie);
    return target ? NextResponse.redirect(new URL(target, req.url)) : next();
  })) as unknown as Wrapped;
  const response = await withAuth(request, event);
  if (remember === false) makeSessionCookiesBrowserScoped(response.headers);
  return applySecurityHeaders(response, security);
}

export const config = {
  // Build output, the image optimiser and the favicon carry no HTML to protect: next.config.mjs gives them
  // the static headers and a CSP of their own (the same paths, exactly). Anything else, a near miss such as
  // /favicon.icon or /_next/statics included, comes here and gets the per-request CSP with its 404.
  matcher: ['/((?!_next/static/|_next/image$|favicon\\.ico$).*)'],
};

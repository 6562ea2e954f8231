import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { auth } from '@/auth';
import { sessionCookieName } from '@/lib/auth/cookies';
import { proxyRedirect } from '@/lib/auth/proxy-rules';
import { PROXY_SESSION_HEADER, signProxySession, toSessionUser } from '@/lib/auth/proxy-session';
import { DRAFT_COOKIE, DRAFT_HEADER } from '@/lib/forms/draft-cookie';
import { makeSessionCookiesBrowserScoped } from '@/lib/auth/session-cookie';
import { actionBodyLimit, malformedBody, postRefusal, refusalResponse } from '@/lib/http/post-guard';
import { pageRewrite } from '@/lib/http/locale-rewrite';
import { builtPageScriptHashes } from '@/lib/http/built-pages';
import { allowBuiltPageScripts, applySecurityHeaders, securityHeaders } from '@/lib/http/security-headers';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { PREFETCH_HEADER } from '@/lib/http/request-context.mjs';
import { log } from '@/lib/log/logger';

// Read no session: the operator's probes (a load balancer calls them every few seconds) and the site's icon, which a
// browser fetches when it likes — after an idle session ended, that fetch would clear the cookie a form's kept
// answers are bound to (lib/forms/draft.ts) before the form is sent.
const NO_SESSION_PATHS = new Set(['/api/health', '/api/ready', '/icon.svg']);

type Wrapped = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const security = securityHeaders(request);
  // Only this proxy may hand a page a form's kept answers or the session it checked (below).
  security.requestHeaders.delete(DRAFT_HEADER);
  security.requestHeaders.delete(PROXY_SESSION_HEADER);
  const { pathname } = request.nextUrl;
  const hadCookie = request.cookies.getAll().some((c) => c.name.startsWith(sessionCookieName()));
  // Every page is served from behind the visitor's language (lib/http/locale-rewrite.ts); the rest as it is.
  const page = pageRewrite(pathname, request.cookies.get(LOCALE_COOKIE)?.value, hadCookie || request.nextUrl.search !== '');
  const next = () => {
    const init = { request: { headers: security.requestHeaders } };
    if (!page) return NextResponse.next(init);
    // From nextUrl, which Next.js knows as its own (a URL built from request.url can name another host, and is
    // then fetched as a remote address).
    const target = request.nextUrl.clone();
    target.pathname = page.path;
    return NextResponse.rewrite(target, init);
  };
  // A page built once per language carries no nonce: its scripts are allowed by their hashes (decision 0008).
  // Only for a GET: a POST to it renders the page again, with this request's nonce.
  const builtScripts = page && request.method === 'GET' && !security.options.development ? builtPageScriptHashes(page.path) : null;
  if (builtScripts) allowBuiltPageScripts(security, builtScripts);

  // Before Next.js's action handler, which answers these with a 500 (lib/http/post-guard.ts).
  const refusal =
    postRefusal(request.method, request.headers, actionBodyLimit(request.nextUrl.pathname)) ??
    ((await malformedBody(request)) ? 'bad_body' : null);
  if (refusal) {
    log.info('http.post_refused', { reason: refusal, path: request.nextUrl.pathname });
    return applySecurityHeaders(refusalResponse(refusal, request, security.nonce), security);
  }

  // Only page loads (GET) pass through Auth.js here. Server actions (POST) and Auth.js's own routes set the
  // session cookie themselves; a second Set-Cookie from this proxy could undo a log-out or a version bump.
  // Prefetches are not activity either, and one still in flight at Log Keluar would re-issue the cookie that
  // the log-out just cleared; the page's own guard still decides when the prefetched page is shown.
  // Next.js removes Next-Router-Prefetch before this runs (so it is not looked for here); server.mjs passes it on
  // as PREFETCH_HEADER. A browser's own Purpose header survives, for a host that does not run server.mjs.
  const prefetch = request.headers.get(PREFETCH_HEADER) === '1' || request.headers.get('purpose') === 'prefetch';
  if (
    request.method !== 'GET' ||
    prefetch ||
    pathname.startsWith('/api/auth') ||
    pathname.startsWith('/_next/') ||
    NO_SESSION_PATHS.has(pathname)
  ) {
    return applySecurityHeaders(next(), security);
  }

  // No session cookie, no session: the redirects need no decrypt and no database read (issue 11: most requests
  // to public pages come from visitors).
  if (!hadCookie) {
    const target = proxyRedirect(pathname, null, false, request.nextUrl.search);
    return applySecurityHeaders(target ? NextResponse.redirect(new URL(target, request.url)) : next(), security);
  }

  // auth() re-reads the account (lib/auth/jwt-callback.ts) and re-issues the cookie: this request counts
  // as activity for the 30-minute idle limit. The redirects are a convenience; lib/auth/guards.ts decides.
  let remember: boolean | undefined;
  // With a lazily built config (auth.ts), auth(handler) resolves to the wrapped handler.
  const withAuth = (await auth((req) => {
    const user = req.auth?.user ?? null;
    remember = user?.remember;
    const target = proxyRedirect(req.nextUrl.pathname, user, true, req.nextUrl.search);
    if (target) return NextResponse.redirect(new URL(target, req.url));
    // The page's guards use this check rather than decrypting the cookie and reading the account again.
    security.requestHeaders.set(PROXY_SESSION_HEADER, signProxySession(toSessionUser(user)));
    // A form's kept answers (lib/forms/draft.ts), for a signed-in user past the first-log-in steps: handed to
    // this request's page in a header (which checks they are its own and the user's) and dropped from the
    // browser, so they come back once.
    const draft = user && !user.pendingSteps.length ? req.cookies.get(DRAFT_COOKIE)?.value : undefined;
    if (!draft) return next();
    security.requestHeaders.set(DRAFT_HEADER, draft);
    const response = next();
    response.cookies.delete(DRAFT_COOKIE);
    return response;
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

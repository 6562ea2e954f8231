import { NextResponse, type NextRequest } from 'next/server';
import { openRecoveryLink } from '@/lib/accounts/recovery/open-link';
import { RECOVERY_SET_PATH } from '@/lib/accounts/recovery/token';
import { encodeLinkCookie, linkCookieName, linkCookieOptions } from '@/lib/actions/recovery/link-cookie';
import { clientAddress } from '@/lib/http/client-address';
import { getT } from '@/lib/i18n/server';
import { hitRateLimit } from '@/lib/throttle/rate-limit';

/**
 * The link from the Lupa Katalaluan e-mail. It only exchanges the token for an HttpOnly cookie and moves on
 * to a clean address, so the token neither stays in the address bar nor travels on as a Referer. Opening
 * the link uses nothing up — mail scanners that fetch links would otherwise spend it — the new password does.
 *
 * Not a 303: next.config.mjs gives every response Referrer-Policy strict-origin-when-cross-origin and Next
 * lets that win over a route's own header, under which the next request would carry the token in its
 * Referer. A tiny page with <meta name="referrer" content="no-referrer"> and a zero-second refresh (a
 * client redirect, which replaces this history entry) moves on without one, and works without JavaScript.
 */
/** Opens per client address per minute: far more than a person clicking links, far less than a script. */
const LINK_OPENS_PER_MINUTE = 30;

export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ip = clientAddress(request.headers);
  const { locale, t } = await getT();
  const limit = await hitRateLimit('recovery-link-open', ip, LINK_OPENS_PER_MINUTE);
  if (!limit.allowed) {
    const page = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><link rel="icon" href="data:,">
<title>${escape(t('recovery.link.title'))}</title></head><body><p>${escape(t('recovery.link.throttled'))}</p></body></html>`;
    return new NextResponse(page, {
      status: 429,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(limit.retryAfterSeconds) },
    });
  }
  const link = await openRecoveryLink({ token, ip });
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${RECOVERY_SET_PATH}"><meta name="robots" content="noindex"><link rel="icon" href="data:,">
<title>${escape(t('recovery.link.title'))}</title></head>
<body><p><a href="${RECOVERY_SET_PATH}" rel="noreferrer">${escape(t('recovery.link.continue'))}</a></p></body></html>`;
  const response = new NextResponse(html, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  if (link) response.cookies.set(linkCookieName(), encodeLinkCookie({ token, answered: false }), linkCookieOptions(link.expiresAt));
  // A dead link replaces any earlier one in this browser, so the page says the link is not valid.
  else response.cookies.set(linkCookieName(), '', { ...linkCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

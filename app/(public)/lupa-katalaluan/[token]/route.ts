import { NextResponse, type NextRequest } from 'next/server';
import { openRecoveryLink } from '@/lib/accounts/recovery/open-link';
import { RECOVERY_SET_PATH } from '@/lib/accounts/recovery/token';
import { encodeLinkCookie, linkCookieName, linkCookieOptions } from '@/lib/actions/recovery/link-cookie';
import { clientAddress } from '@/lib/http/client-address';

/**
 * The link from the Lupa Katalaluan e-mail. It only exchanges the token for an HttpOnly cookie and
 * redirects to a clean address: the token does not stay in the history, and no page with it in the address
 * ever loads anything (Referrer-Policy no-referrer besides). Opening the link uses nothing up — mail
 * scanners that fetch links would otherwise spend it — the new password does.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await openRecoveryLink({ token, ip: clientAddress(request.headers) });
  // A relative Location: no need to trust the Host header for where to go next.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: RECOVERY_SET_PATH, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
  });
  if (link) response.cookies.set(linkCookieName(), encodeLinkCookie({ token, answered: false }), linkCookieOptions(link.expiresAt));
  // A dead link replaces any earlier one in this browser, so the page says the link is not valid.
  else response.cookies.set(linkCookieName(), '', { ...linkCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}

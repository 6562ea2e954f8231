import { NextResponse, type NextRequest } from 'next/server';
import { applySecurityHeaders, securityHeaders } from '@/lib/http/security-headers';

export function proxy(request: NextRequest) {
  const security = securityHeaders(request);
  return applySecurityHeaders(NextResponse.next({ request: { headers: security.requestHeaders } }), security);
}

export const config = {
  // Build output and the favicon carry no HTML to protect; they get the static headers from next.config.mjs.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

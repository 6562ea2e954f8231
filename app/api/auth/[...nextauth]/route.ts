import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { parseLoginRefusal } from '@/lib/auth/login-refusal';
import { makeSessionCookiesBrowserScoped } from '@/lib/auth/session-cookie';

/**
 * Auth.js's routes, with two adjustments:
 * - GET /api/auth/session (the idle warning's "Teruskan" calls it) re-issues the session cookie; a session
 *   without Ingati Katalaluan gets it back as a browser-session cookie.
 * - A direct POST to the credentials callback (a script, not our form, which uses a server action) that is
 *   refused by the per-address throttle gets HTTP 429 with Retry-After instead of a redirect (requirements §2.3),
 *   and one refused because the password hash queue is full gets HTTP 503 with Retry-After (issue 11 item 3):
 *   a client or load balancer that reads status codes backs off instead of following a redirect to a form.
 */
export async function GET(request: NextRequest) {
  const response = await handlers.GET(request);
  if (request.nextUrl.pathname.endsWith('/session') && response.ok) {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { user?: { remember?: boolean } } | null;
    if (body?.user && body.user.remember === false) makeSessionCookiesBrowserScoped(response.headers);
  }
  return response;
}

export async function POST(request: NextRequest) {
  const response = await handlers.POST(request);
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const location = response.headers.get('location') ?? (await bodyUrl(response));
    const code = location ? new URL(location, request.url).searchParams.get('code') : null;
    const refusal = parseLoginRefusal(code);
    if (refusal.reason === 'throttled') {
      return Response.json(
        { error: 'too_many_requests', retryAfterSeconds: refusal.retryAfterSeconds },
        { status: 429, headers: { 'Retry-After': String(refusal.retryAfterSeconds) } },
      );
    }
    if (refusal.reason === 'busy') {
      return Response.json(
        { error: 'busy', retryAfterSeconds: refusal.retryAfterSeconds },
        { status: 503, headers: { 'Retry-After': String(refusal.retryAfterSeconds) } },
      );
    }
  }
  return response;
}

// With "X-Auth-Return-Redirect: 1" Auth.js answers { url } as JSON instead of a redirect.
async function bodyUrl(response: Response): Promise<string | null> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: string } | null;
  return body?.url ?? null;
}

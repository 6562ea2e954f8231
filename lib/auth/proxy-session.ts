import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Session } from 'next-auth';
import { sessionSecrets } from '@/lib/crypto/secrets';
import type { SessionUser } from './guards';

/**
 * The session the proxy has just checked, handed to the page it lets through, so a page view checks the session
 * once (issue 11: the proxy's auth() decrypts the cookie and re-reads the account; the page's guard used to do
 * both again). A request header only the proxy writes: it deletes any copy a client sent, and signs its own with
 * the session secret and a 30-second life, so a request that reached a page some other way cannot forge one —
 * the guard then checks the cookie itself.
 */
export const PROXY_SESSION_HEADER = 'x-ecos-session';
const MAX_AGE_MS = 30_000;

/** What the guards keep of an Auth.js session: no expiry times, nothing the pages do not use. */
export function toSessionUser(user: Session['user'] | undefined | null): SessionUser | null {
  if (!user?.id) return null;
  return {
    id: user.id,
    sessionId: user.sessionId,
    type: user.type,
    role: user.role,
    pendingSteps: user.pendingSteps,
    remember: user.remember,
  };
}

function tag(body: string): Buffer {
  return createHmac('sha256', sessionSecrets()[0]!).update('ecos-proxy-session\0').update(body).digest();
}

export function signProxySession(user: SessionUser | null, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ user, at: now })).toString('base64url');
  return `${body}.${tag(body).toString('base64url')}`;
}

/** The user the proxy checked (null: it checked, nobody is signed in); undefined when there is no valid header. */
export function readProxySession(value: string | null | undefined, now = Date.now()): SessionUser | null | undefined {
  if (!value) return undefined;
  const [body, given, extra] = value.split('.');
  if (!body || !given || extra !== undefined) return undefined;
  const expected = tag(body);
  const presented = Buffer.from(given, 'base64url');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return undefined;
  try {
    const { user, at } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { user: SessionUser | null; at: unknown };
    if (typeof at !== 'number' || Math.abs(now - at) > MAX_AGE_MS) return undefined;
    return user ?? null;
  } catch {
    return undefined;
  }
}

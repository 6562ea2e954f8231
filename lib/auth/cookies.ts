import { env } from '@/lib/config/env';

/**
 * The session cookie's name and flags in one place: auth.config.ts configures Auth.js with them, and the
 * code that turns the cookie into a browser-session cookie (session-cookie.ts) must find the same name.
 * Secure in production (or when SECURE_COOKIES says so); Auth.js then uses the __Secure- prefix.
 */
export function secureCookies(): boolean {
  const e = env();
  return e.SECURE_COOKIES ?? e.NODE_ENV === 'production';
}

export function sessionCookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}authjs.session-token`;
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies() };
}

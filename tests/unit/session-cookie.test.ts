/** @jest-environment node */
import { makeSessionCookiesBrowserScoped, withoutExpiry } from '@/lib/auth/session-cookie';

const expires = 'Expires=Wed, 24 Dec 2026 02:00:00 GMT';

test('the session cookie loses its expiry, keeping its flags', () => {
  expect(withoutExpiry(`authjs.session-token=abc; Path=/; ${expires}; Max-Age=2592000; HttpOnly; SameSite=Lax`)).toBe(
    'authjs.session-token=abc; Path=/; HttpOnly; SameSite=Lax',
  );
  expect(withoutExpiry(`authjs.session-token.0=abc; Path=/; ${expires}; HttpOnly`)).toBe('authjs.session-token.0=abc; Path=/; HttpOnly');
});

test('a deletion and other cookies are left alone', () => {
  const deletion = 'authjs.session-token=; Path=/; Max-Age=0; HttpOnly';
  expect(withoutExpiry(deletion)).toBe(deletion);
  const language = `bahasa=en; Path=/; ${expires}`;
  expect(withoutExpiry(language)).toBe(language);
});

test('a response is rewritten in place', () => {
  const headers = new Headers();
  headers.append('set-cookie', `authjs.session-token=abc; Path=/; ${expires}; HttpOnly`);
  headers.append('set-cookie', `bahasa=ms; Path=/; ${expires}`);
  makeSessionCookiesBrowserScoped(headers);
  expect(headers.getSetCookie()).toEqual(['authjs.session-token=abc; Path=/; HttpOnly', `bahasa=ms; Path=/; ${expires}`]);
});

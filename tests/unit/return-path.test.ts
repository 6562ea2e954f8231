/** @jest-environment node */
import { logInPathFor, RETURN_PATH_MAX, safeReturnPath } from '@/lib/auth/return-path';

test('a page of the signed-in areas is a return path, with its query', () => {
  for (const path of [
    '/dashboard',
    '/profil',
    '/profil/emel/AbC-123_xyz',
    '/tukar-katalaluan',
    '/maklumat-pengguna',
    '/profil?x=1&y=%20',
  ]) {
    expect(safeReturnPath(path)).toBe(path);
  }
});

test('another site, in any spelling, is refused', () => {
  for (const path of [
    '//evil.example',
    '//evil.example/profil',
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example/profil',
    'http:/profil',
    'javascript:alert(1)',
    'data:text/html,x',
    'profil',
    ' /profil',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/profil/%2e%2e/%2e%2e/api/auth/signout',
  ]) {
    expect([path, safeReturnPath(path)]).toEqual([path, null]);
  }
});

test('control characters, spaces, non-ASCII and fragments are refused, never repaired', () => {
  for (const path of [
    '/profil\n',
    '/profil\r\nSet-Cookie: a=b',
    '/pro\tfil',
    '/profil\u0000',
    '/profil%00',
    '/profil%0d%0a',
    '/profil x',
    '/profil\u202e',
    '/profil#x',
    '/profil\u007f',
  ]) {
    expect([path, safeReturnPath(path)]).toEqual([path, null]);
  }
});

test('dot segments that would resolve elsewhere are refused', () => {
  for (const path of ['/profil/../api/auth/signout', '/profil/./emel', '/dashboard/..', '/profil/%2e%2e/x']) {
    expect([path, safeReturnPath(path)]).toEqual([path, null]);
  }
});

test('API, log-in, step and public routes are not return paths', () => {
  for (const path of [
    '/',
    '/api/auth/signout',
    '/api/auth/callback/credentials',
    '/api/cron/outbox',
    '/terma',
    '/katalaluan-baru',
    '/soalan-keselamatan',
    '/lupa-katalaluan',
    '/daftar',
    '/bahasa',
    '/_next/static/x.js',
    '/dev/mailbox',
    '/dashboardx',
    '/PROFIL',
  ]) {
    expect([path, safeReturnPath(path)]).toEqual([path, null]);
  }
});

test('anything not a string, empty or too long is refused', () => {
  for (const value of [undefined, null, 42, ['/profil'], {}, '']) expect(safeReturnPath(value)).toBeNull();
  const long = `/profil?x=${'a'.repeat(RETURN_PATH_MAX)}`;
  expect(safeReturnPath(long)).toBeNull();
  expect(safeReturnPath(long.slice(0, RETURN_PATH_MAX))).toBe(long.slice(0, RETURN_PATH_MAX));
});

test('the LOG MASUK address carries a valid path readably and drops an invalid one', () => {
  expect(logInPathFor('/profil')).toBe('/?next=/profil');
  expect(logInPathFor('/profil/emel/abc', 'tamat')).toBe('/?keluar=tamat&next=/profil/emel/abc');
  expect(logInPathFor('/profil?a=1&b=2')).toBe('/?next=/profil%3Fa%3D1%26b%3D2');
  expect(logInPathFor('//evil.example', 'tamat')).toBe('/?keluar=tamat');
  expect(logInPathFor(null)).toBe('/');
  // What the address carries reads back, through URLSearchParams, as the same valid path.
  const next = new URL(logInPathFor('/profil?a=1&b=2'), 'http://x').searchParams.get('next');
  expect(safeReturnPath(next)).toBe('/profil?a=1&b=2');
});

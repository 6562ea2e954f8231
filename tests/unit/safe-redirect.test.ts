/** @jest-environment node */
import { isSafeRelativePath, safeNextPath } from '@/lib/http/safe-redirect';

describe('safeNextPath (the `next` of the language switch)', () => {
  it.each(['/', '/daftar', '/daftar?jenis=individu', '/portal/profil#alamat', '/a/b/c', '/%2F%2Fnot-a-host'])(
    'keeps the same-site path %j',
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([
    ['another site', 'https://evil.example/'],
    ['a scheme-relative URL', '//evil.example/daftar'],
    ['three slashes', '///evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a leading backslash', '\\\\evil.example'],
    ['a tab the URL parser strips', '/\t/evil.example'],
    ['a new line', '/\n/evil.example'],
    ['a carriage return (header injection)', '/daftar\r\nSet-Cookie: x=1'],
    ['a relative path', 'daftar'],
    ['javascript:', 'javascript:alert(1)'],
    ['an empty value', ''],
    ['a very long value', `/${'a'.repeat(5000)}`],
  ])('refuses %s and falls back to the home page', (_, value) => {
    expect(isSafeRelativePath(value)).toBe(false);
    expect(safeNextPath(value)).toBe('/');
  });

  it('falls back when the field is missing or not text', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(new Blob(['/daftar']))).toBe('/');
  });
});

/** @jest-environment node */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allowBuiltPageScripts, contentSecurityPolicy, securityHeaders } from '@/lib/http/security-headers';
import { HOME_FOR_REQUEST, pageRewrite } from '@/lib/http/locale-rewrite';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

// The shape of a page `next build` writes: script files, an inline bootstrap, the RSC payload in several scripts.
const PAGE = [
  '<!DOCTYPE html><html lang="ms"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async="" integrity="sha256-abc="></script>',
  '</head><body><main>Bantuan</main><script id="_R_">self.__r=1</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"a\\":\\"\\\\u003cb\\"}\\n"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

describe('scriptHashes and builtPageScriptHashes', () => {
  let dir: string;
  const saved = { cwd: process.cwd(), dist: process.env.NEXT_DIST_DIR };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'built-pages-'));
    mkdirSync(path.join(dir, '.next-t', 'server', 'app', 'ms'), { recursive: true });
    writeFileSync(path.join(dir, '.next-t', 'prerender-manifest.json'), JSON.stringify({ routes: { '/ms/bantuan': {}, '/ms': {} } }));
    writeFileSync(path.join(dir, '.next-t', 'server', 'app', 'ms', 'bantuan.html'), PAGE);
    process.chdir(dir);
    process.env.NEXT_DIST_DIR = '.next-t';
    jest.resetModules();
  });

  afterAll(() => {
    process.chdir(saved.cwd);
    if (saved.dist === undefined) delete process.env.NEXT_DIST_DIR;
    else process.env.NEXT_DIST_DIR = saved.dist;
    rmSync(dir, { recursive: true, force: true });
  });

  it('hashes every inline script by its exact text, once each, and no script file', async () => {
    const { scriptHashes } = await import('@/lib/http/built-pages');
    expect(scriptHashes(PAGE)).toEqual([
      sha256('self.__r=1'),
      sha256('(self.__next_f=self.__next_f||[]).push([0])'),
      sha256('self.__next_f.push([1,"0:{\\"a\\":\\"\\\\u003cb\\"}\\n"])'),
    ]);
  });

  it("reads a built page's hashes from the build folder, and answers null for a path the build did not render", async () => {
    const { builtPageScriptHashes } = await import('@/lib/http/built-pages');
    expect(builtPageScriptHashes('/ms/bantuan')).toHaveLength(3);
    expect(builtPageScriptHashes('/ms/daftar')).toBeNull();
    // Named by the manifest but without its file: rendered on request, never a CSP that allows nothing.
    expect(builtPageScriptHashes('/ms')).toBeNull();
    // Only the manifest's paths are looked up: an attacker's path is not read from disk nor remembered.
    expect(builtPageScriptHashes('/ms/../../etc/passwd')).toBeNull();
  });
});

describe('the CSP of a built page', () => {
  const request = () => new Request('http://localhost/bantuan');

  it('allows its inline scripts by hash and script files from this origin, with no nonce, no inline style', () => {
    const security = securityHeaders(request(), {});
    allowBuiltPageScripts(security, [sha256('a'), sha256('b')]);
    const csp = directives(security.responseHeaders.get('Content-Security-Policy')!);
    expect(csp.get('script-src')).toEqual(["'self'", `'${sha256('a')}'`, `'${sha256('b')}'`]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(security.responseHeaders.get('Content-Security-Policy')).not.toContain('nonce-');
    // The request keeps its nonce: Next.js renders with it should it render after all.
    expect(security.requestHeaders.get('Content-Security-Policy')).toContain(`'nonce-${security.nonce}'`);
  });

  it('keeps everything else as strict as the nonce policy', () => {
    const built = directives(contentSecurityPolicy({ hashes: [sha256('a')] }));
    const nonced = directives(contentSecurityPolicy('n0nce'));
    for (const name of nonced.keys()) if (name !== 'script-src' && name !== 'style-src') expect(built.get(name)).toEqual(nonced.get(name));
  });

  it('is never shared between visitors: one address serves each language by cookie', () => {
    const security = securityHeaders(request(), {});
    allowBuiltPageScripts(security, [sha256('a')]);
    expect(security.responseHeaders.get('Cache-Control')).toBe('private, no-cache');
  });
});

describe('pageRewrite', () => {
  it('puts every page behind the language of the cookie, Malay unless it says en', () => {
    expect(pageRewrite('/bantuan', undefined, false)).toEqual({ locale: 'ms', path: '/ms/bantuan' });
    expect(pageRewrite('/bantuan', 'en', false)).toEqual({ locale: 'en', path: '/en/bantuan' });
    expect(pageRewrite('/bantuan', '../en', false)).toEqual({ locale: 'ms', path: '/ms/bantuan' });
    expect(pageRewrite('/admin/pengguna/3', 'en', true)?.path).toBe('/en/admin/pengguna/3');
  });

  it('serves Laman Utama built for visitors, and the one rendered for the request when it has a session or a query', () => {
    expect(pageRewrite('/', 'ms', false)?.path).toBe('/ms');
    expect(pageRewrite('/', 'en', true)?.path).toBe(`/en${HOME_FOR_REQUEST}`);
  });

  it("hides the request's Laman Utama and the language segment behind the 404", () => {
    expect(pageRewrite(HOME_FOR_REQUEST, 'ms', true)?.path).toBe(`/ms/tiada${HOME_FOR_REQUEST}`);
    expect(pageRewrite(`${HOME_FOR_REQUEST}/x`, 'ms', false)?.path).toBe(`/ms/tiada${HOME_FOR_REQUEST}/x`);
    // /ms/bantuan is not an address of the site: it becomes /ms/ms/bantuan, which no page answers.
    expect(pageRewrite('/ms/bantuan', 'ms', false)?.path).toBe('/ms/ms/bantuan');
  });

  it('leaves what is not a page where it is', () => {
    for (const pathname of ['/api/health', '/api/auth/session', '/_next/static/chunks/a.js', '/bahasa', '/icon.svg', '/favicon.ico']) {
      expect(pageRewrite(pathname, 'en', true)).toBeNull();
    }
  });
});

describe('shownPath', () => {
  it('gives the address in the bar for the path a built page was rendered at', async () => {
    const { shownPath } = await import('@/lib/http/locale-rewrite');
    expect(shownPath('/ms/bantuan')).toBe('/bantuan');
    expect(shownPath('/en')).toBe('/');
    expect(shownPath('/ms')).toBe('/');
    expect(shownPath('/bantuan')).toBe('/bantuan');
    expect(shownPath('/msx/bantuan')).toBe('/msx/bantuan');
    expect(shownPath('/admin/en')).toBe('/admin/en');
  });
});

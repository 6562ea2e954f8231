/** @jest-environment node */
import { ACTION_BODY_LIMIT_BYTES, formPath, malformedBody, postRefusal, refusalResponse, tooLargePage } from '@/lib/http/post-guard';
import { contentSecurityPolicy } from '@/lib/http/security-headers';

const headers = (init: Record<string, string>) => new Headers(init);
const ORIGIN = 'http://127.0.0.1:3300';

describe('postRefusal', () => {
  it('leaves ordinary posts, and every other method, to Next.js', () => {
    expect(postRefusal('POST', headers({ origin: ORIGIN, 'content-length': '512' }))).toBeNull();
    expect(postRefusal('POST', headers({ 'content-length': String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(postRefusal('GET', headers({ origin: '', 'content-length': '99999999' }))).toBeNull();
  });

  it('leaves a POST without Origin, and a well-formed foreign one, to Next.js’s own CSRF check', () => {
    expect(postRefusal('POST', headers({}))).toBeNull();
    expect(postRefusal('POST', headers({ origin: 'https://evil.example' }))).toBeNull();
    expect(postRefusal('POST', headers({ origin: 'null' }))).toBeNull();
  });

  it.each(['', 'not a url', '127.0.0.1:3300', '://x', 'http://'])(
    'refuses Origin %j, which Next.js would crash on, as a bad request',
    (origin) => {
      expect(postRefusal('POST', headers({ origin }))).toBe('bad_origin');
    },
  );

  it('refuses a body over the server-action limit', () => {
    expect(postRefusal('POST', headers({ origin: ORIGIN, 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe('too_large');
    expect(postRefusal('POST', headers({ 'content-length': '2000' }), 1000)).toBe('too_large');
  });
});

describe('formPath', () => {
  it.each([
    ['/daftar', '', '/daftar'],
    ['/profil', '?tab=emel', '/profil?tab=emel'],
    ['//evil.example/x', '', '/evil.example/x'],
    ['/\\evil.example', '', '/evil.example'],
  ])('%s%s leads back to %s, on this site', (pathname, search, expected) => {
    expect(formPath(pathname, search)).toBe(expected);
  });
});

describe('the 413 page', () => {
  const nonce = 'bm9uY2Vub25jZW5vbmNlMQ==';

  it('says the submission was too large, in Malay then English, and links back to the form', () => {
    const page = tooLargePage(nonce, '/daftar?jenis=individu');
    expect(page).toContain('<html lang="ms">');
    expect(page).toContain('Maklumat yang dihantar terlalu besar');
    expect(page).toContain('<div lang="en"><h2>The submission is too large</h2>');
    expect(page).toContain('1 MB');
    expect(page.match(/<a href="\/daftar\?jenis=individu">/g)).toHaveLength(2);
    expect(page).toContain('<title>Ralat: ');
  });

  it('runs no script and styles only with the nonce the CSP names', () => {
    const page = tooLargePage(nonce, '/daftar');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/ style=/);
    expect(page).toContain(`<style nonce="${nonce}">`);
    expect(contentSecurityPolicy(nonce)).toContain(`style-src 'self' 'nonce-${nonce}'`);
  });

  it('escapes the path it links to', () => {
    const page = tooLargePage(nonce, formPath('/daftar', '?a="><script>alert(1)</script>'));
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#34;&#62;&#60;script&#62;');
  });
});

describe('refusalResponse', () => {
  const request = (extra: Record<string, string> = {}) => ({
    headers: headers({ origin: ORIGIN, ...extra }),
    nextUrl: { pathname: '/daftar', search: '' },
  });

  it('a plain form post gets the 413 page', async () => {
    const response = refusalResponse('too_large', request(), 'n');
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('href="/daftar"');
  });

  it('a JavaScript action call gets 413 as text/plain, which React keeps as the error message', async () => {
    const response = refusalResponse('too_large', request({ 'next-action': '7f00' }), 'n');
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('Maklumat yang dihantar terlalu besar / The submission is too large');
  });

  it('a malformed Origin gets 400', async () => {
    const response = refusalResponse('bad_origin', request({ origin: '' }), 'n');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Permintaan tidak sah. / Bad request.');
  });
});

describe('malformedBody', () => {
  const post = (body: BodyInit, headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3300/daftar', { method: 'POST', body, headers });
  const form = () => {
    const data = new FormData();
    data.append('1_$ACTION_ID_abc', '');
    data.append('name', 'Ali bin Abu');
    return data;
  };

  it('lets a browser form through, multipart or urlencoded, and leaves the body for the handler', async () => {
    const request = new Request('http://127.0.0.1:3300/daftar', { method: 'POST', body: form() });
    expect(await malformedBody(request)).toBe(false);
    expect((await request.formData()).get('name')).toBe('Ali bin Abu');
    expect(await malformedBody(post('name=Ali', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false);
    expect(await malformedBody(post('[{"attempt":0},"$K1"]', { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'abc' }))).toBe(
      false,
    );
  });

  it.each([
    ['multipart without a boundary', 'a=b', { 'content-type': 'multipart/form-data' }],
    [
      'multipart that does not parse',
      '--x\r\nContent-Disposition: form-data; name="a\nb"\r\n\r\n1\r\n',
      { 'content-type': 'multipart/form-data; boundary=x' },
    ],
    ['action arguments that are empty', '', { 'content-type': 'text/plain', 'next-action': 'abc' }],
    ['action arguments that are not JSON', '{', { 'content-type': 'text/plain', 'next-action': 'abc' }],
    ['action arguments that are not a list', '{"a":1}', { 'next-action': 'abc' }],
  ])('refuses %s', async (_, body, headers) => {
    expect(await malformedBody(post(body, headers))).toBe(true);
  });

  it('is answered 400, never the handler’s 500', () => {
    const response = refusalResponse(
      'bad_body',
      { headers: new Headers({ 'next-action': 'abc' }), nextUrl: { pathname: '/daftar', search: '' } },
      'n',
    );
    expect(response.status).toBe(400);
  });
});

import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { startApp, type App } from './support/app';
import { Client } from './support/http';

/**
 * Pages built once per language (decision 0008) carry no nonce: their CSP names the hash of each inline script
 * instead. Shown here against the production build: the CSP allows exactly the scripts the page holds and no
 * other, a script an attacker slips in does not run, the page's own do, and nothing a request carries can turn
 * a built page into one rendered with the request's data under that policy.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => app?.stop());

const BUILT = ['/', '/bantuan', '/syarat-permohonan', '/hubungi-kami', '/terma-dan-syarat'];

const scriptSources = (csp: string) => csp.match(/script-src ([^;]*)/)?.[1].split(' ') ?? [];
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs, body]) => !/\bsrc=/i.test(attrs) && body)
    .map(([, , body]) => body);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

for (const locale of ['ms', 'en']) {
  test(`${locale}: each built page's CSP allows its own inline scripts by hash, and nothing inline besides`, async () => {
    const client = new Client(app.baseURL);
    client.setCookie('bahasa', locale);
    for (const path of BUILT) {
      const response = await client.request(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${locale}"`);
      expect(html, path).not.toMatch(/\snonce="/);
      const sources = scriptSources(response.headers.get('content-security-policy') ?? '');
      const expected = [...new Set(inlineScripts(html).map(sha256))];
      expect(expected.length, path).toBeGreaterThan(2);
      expect(sources, path).toEqual(["'self'", ...expected]);
      expect(response.headers.get('cache-control'), path).toBe('private, no-cache');
    }
  });
}

test('a request that brings its own data gets Laman Utama rendered for it, under a nonce, never the built policy', async () => {
  const forged = new Client(app.baseURL);
  // Any session cookie, even a forged one, and any query: rendered for the request (the notice, the way back in).
  forged.setCookie('__Secure-authjs.session-token', 'forged');
  for (const [client, path] of [
    [forged, '/'],
    [new Client(app.baseURL), '/?keluar=keluar'],
    [new Client(app.baseURL), '/?next=%3Cscript%3Ealert(1)%3C/script%3E'],
  ] as const) {
    const response = await client.request(path);
    expect(response.status, path).toBe(200);
    const sources = scriptSources(response.headers.get('content-security-policy') ?? '');
    const nonce = sources.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, path).toBeTruthy();
    expect(
      sources.some((s) => s.startsWith("'sha256-")),
      path,
    ).toBe(false);
    const html = await response.text();
    expect(html, path).toContain(`nonce="${nonce}"`);
    expect(html, path).not.toContain('<script>alert(1)');
  }
  // Its own address is not a page.
  expect((await new Client(app.baseURL).request('/laman-utama')).status).toBe(404);
});

test('in Chromium a built page runs its own scripts and refuses one slipped in', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${app.baseURL}/bantuan`);
  // Hydrated: a link in the header navigates without loading a new document (the window keeps its mark).
  await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
  await page.locator('header').getByRole('link', { name: 'Hubungi Kami' }).first().click();
  await expect(page).toHaveURL(/\/hubungi-kami$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // What an injection would do: an inline script the build did not write.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

import { expect, test } from '@playwright/test';
import { startApp, type App } from './support/app';
import { formFields } from './support/forms';
import { Client } from './support/http';

/** Item 11, edge answers: oversized bodies, an empty Origin, and paths outside the pages all answer cleanly. */
let app: App;
test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => app?.stop());

test('a form post over 1 MB answers 413 with a page that leads back to the form', async () => {
  const client = new Client(app.baseURL);
  const body = new FormData();
  for (const [name, value] of await formFields(client, '/lupa-katalaluan', 'loginId')) body.append(name, value);
  body.append('loginId', 'x'.repeat(1_100_000));
  body.append('email', 'a@contoh.com.my');
  const response = await client.request('/lupa-katalaluan', { method: 'POST', body, headers: { origin: app.baseURL } });
  expect(response.status).toBe(413);
  const html = await response.text();
  expect(html).toContain('href="/lupa-katalaluan"');
  expect(response.headers.get('content-security-policy')).toBeTruthy();
});

test('with JavaScript, the same oversized form says what happened instead of a generic error', async ({ page }) => {
  await page.goto(`${app.baseURL}/lupa-katalaluan`);
  await page.getByLabel('Id Pengguna').fill('850101101234');
  // More than any field allows by typing (maxlength): what a paste into a script-altered page could send.
  await page.locator('#email').evaluate(
    (input: HTMLInputElement, big) => {
      input.removeAttribute('maxlength');
      input.value = big;
    },
    `${'a'.repeat(1_100_000)}@contoh.com.my`,
  );
  await page.getByRole('button', { name: 'Hantar' }).click();
  await expect(page.getByRole('heading', { name: 'Maklumat yang dihantar terlalu besar' })).toBeVisible();
});

test('an empty Origin on a server action answers 400, not 500', async () => {
  const client = new Client(app.baseURL);
  const body = new FormData();
  for (const [name, value] of await formFields(client, '/lupa-katalaluan', 'loginId')) body.append(name, value);
  body.append('loginId', '850101101234');
  body.append('email', 'a@contoh.com.my');
  const response = await client.request('/lupa-katalaluan', { method: 'POST', body, headers: { origin: '' } });
  expect(response.status).toBe(400);
});

test('/favicon.ico is a real icon, and every answer — a 404 included — carries a CSP', async () => {
  const client = new Client(app.baseURL);
  const icon = await client.request('/favicon.ico');
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toContain('image/');
  for (const path of ['/favicon.ico', '/tiada-halaman', '/favicon.icon', '/_next/static/tiada.js']) {
    const response = await client.request(path);
    expect(response.headers.get('content-security-policy'), path).toBeTruthy();
  }
});

/** @jest-environment node */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { busyAnswer, isLogInRequest, logInGate, logInLimit, RETRY_AFTER_SECONDS } from '@/lib/http/log-in-gate.mjs';

test('the log-in requests: LOG MASUK posted to the home page, and Auth.js’s CSRF token and callback', () => {
  expect(isLogInRequest('POST', '/')).toBe(true);
  expect(isLogInRequest('POST', '/?next=%2Fprofil')).toBe(true);
  expect(isLogInRequest('POST', '/api/auth/callback/credentials')).toBe(true);
  expect(isLogInRequest('GET', '/api/auth/csrf')).toBe(true);
  for (const [method, url] of [
    ['GET', '/'],
    ['GET', '/bantuan'],
    ['POST', '/daftar'],
    ['POST', '/api/auth/signout'],
    ['GET', '/api/auth/session'],
  ] as const)
    expect(isLogInRequest(method, url)).toBe(false);
});

test('the limit: LOGIN_MAX_IN_FLIGHT when set, else twice the hashes that run at once', () => {
  expect(logInLimit({ LOGIN_MAX_IN_FLIGHT: '7' })).toBe(7);
  expect(logInLimit({ HASH_CONCURRENCY: '3' })).toBe(6);
  expect(logInLimit({ LOGIN_MAX_IN_FLIGHT: 'nonsense', HASH_CONCURRENCY: '1' })).toBe(2);
});

test('past the limit the door says no until one leaves', () => {
  const gate = logInGate(2);
  expect([gate.enter(), gate.enter(), gate.enter()]).toEqual([true, true, false]);
  gate.leave();
  expect(gate.enter()).toBe(true);
  expect(gate.inFlight).toBe(2);
});

describe('the busy answer', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => busyAnswer(res, req.url === '/page'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('503 with Retry-After, in Malay then English, never cached', async () => {
    const response = await fetch(`${url}/text`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(
      `Sistem sedang sibuk. Sila cuba semula dalam ${RETRY_AFTER_SECONDS} saat. / The system is busy. Please try again in ${RETRY_AFTER_SECONDS} seconds.`,
    );
  });

  test('a form posted without JavaScript gets a page with a title and a way back, and runs no script', async () => {
    const response = await fetch(`${url}/page`);
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(html).toContain('<title>Ralat: Sistem sedang sibuk.');
    expect(html).toContain('<a href="/">LOG MASUK</a>');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    // Its one style is allowed by hash, so the page is styled under the CSP and nothing else is.
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });
});

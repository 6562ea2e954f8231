/** @jest-environment node */
import {
  chooseRequestId,
  currentRequestId,
  markPrefetch,
  PREFETCH_HEADER,
  requestContextStore,
  routeOf,
} from '@/lib/http/request-context.mjs';

/** Issue 12 item 5: what the request log may hold, and whose X-Request-Id is believed. */
test('a route keeps only lower-case words: tokens, MyKad numbers, ids, e-mails, file names and the query are cut out', () => {
  expect(routeOf('/')).toBe('/');
  expect(routeOf('/lupa-katalaluan/AbC123_xYz-9876543210abcdefghijKLMNOPQRSTU')).toBe('/lupa-katalaluan/:param');
  expect(routeOf('/admin/pengguna/8f14e45f-ceea-467a-9af0-1a2b3c4d5e6f?q=880101015555')).toBe('/admin/pengguna/:param');
  expect(routeOf('/api/poskod/50000')).toBe('/api/poskod/:param');
  expect(routeOf('/ali.abu@example.com/profil')).toBe('/:param/profil');
  expect(routeOf('/_next/static/chunks/app-4f2a.js')).toBe('/_next/static/chunks/:param');
  expect(routeOf('/daftar?jenis=individu&email=ali@example.com')).toBe('/daftar');
  expect(routeOf('/batal-tukar-emel/abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq')).toBe('/batal-tukar-emel/:param');
});

test("X-Request-Id is believed only behind a trusted proxy and only with an id's shape", () => {
  expect(chooseRequestId('proxy-id-12345678', true)).toBe('proxy-id-12345678');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  expect(chooseRequestId('proxy-id-12345678', false)).toMatch(uuid);
  for (const forged of ['<script>alert(1)</script>', 'short', 'a'.repeat(129), 'id with spaces 123', 'x\ninjected-line'])
    expect(chooseRequestId(forged, true)).toMatch(uuid);
  expect(chooseRequestId(undefined, true)).toMatch(uuid);
  expect(chooseRequestId(['first-id-123456', 'second-id-123456'], true)).toBe('first-id-123456');
});

test('the id is known inside the request and not outside it, across awaits', async () => {
  expect(currentRequestId()).toBeUndefined();
  await requestContextStore().run({ requestId: 'req-abcdef12' }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(currentRequestId()).toBe('req-abcdef12');
  });
  expect(currentRequestId()).toBeUndefined();
});

test("a link's prefetch is marked for the proxy (Next.js strips its own header first); a client's copy of the mark is dropped", () => {
  const prefetch: Record<string, string | undefined> = { 'next-router-prefetch': '1', [PREFETCH_HEADER]: 'x' };
  markPrefetch(prefetch);
  expect(prefetch[PREFETCH_HEADER]).toBe('1');
  const browserPrefetch: Record<string, string | undefined> = { 'sec-purpose': 'prefetch;prerender' };
  markPrefetch(browserPrefetch);
  expect(browserPrefetch[PREFETCH_HEADER]).toBe('1');
  const pageLoad: Record<string, string | undefined> = { [PREFETCH_HEADER]: '1', accept: 'text/html' };
  markPrefetch(pageLoad);
  expect(pageLoad[PREFETCH_HEADER]).toBeUndefined();
});

import { createHmac } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/guards';
import { readProxySession, signProxySession } from '@/lib/auth/proxy-session';
import { resetEnv } from '@/lib/config/env';

const officer: SessionUser = {
  id: '0b6f5a3c-6a8e-4f7e-9c1e-2f4b7d9e1a23',
  sessionId: '5d0c9b8a-1e2f-4a3b-8c7d-6e5f4a3b2c1d',
  type: 'kakitangan',
  role: 'officer',
  pendingSteps: [],
  remember: false,
};
const NOW = Date.UTC(2026, 10, 30, 2, 0, 0);

const SECRET = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = SECRET;
  resetEnv();
});

test("the proxy's check reaches the page as it was made: a user, or nobody", () => {
  expect(readProxySession(signProxySession(officer, NOW), NOW + 50)).toEqual(officer);
  expect(readProxySession(signProxySession(null, NOW), NOW)).toBeNull();
});

test('no header, or anything but a signed one, means the guard checks the cookie itself', () => {
  expect(readProxySession(null)).toBeUndefined();
  expect(readProxySession('')).toBeUndefined();
  expect(readProxySession('bm90aGluZw')).toBeUndefined();
  expect(readProxySession('a.b.c')).toBeUndefined();
});

test("a client's forgery is refused: a changed role, a signature from another key, an old header", () => {
  const signed = signProxySession({ ...officer, role: 'user' }, NOW);
  const [body, sig] = signed.split('.');
  const promoted = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')), user: { ...officer, role: 'admin' } }),
  ).toString('base64url');
  expect(readProxySession(`${promoted}.${sig}`, NOW)).toBeUndefined();

  const guessed = createHmac('sha256', 'not-the-secret').update('ecos-proxy-session\0').update(promoted).digest('base64url');
  expect(readProxySession(`${promoted}.${guessed}`, NOW)).toBeUndefined();

  expect(readProxySession(signed, NOW + 31_000)).toBeUndefined();
  expect(readProxySession(signed, NOW - 31_000)).toBeUndefined();
});

test('a header signed under one AUTH_SECRET is not read under another', () => {
  const signed = signProxySession(officer, NOW);
  process.env.AUTH_SECRET = 'another-secret-another-secret-another-secret';
  resetEnv();
  expect(readProxySession(signed, NOW)).toBeUndefined();
});

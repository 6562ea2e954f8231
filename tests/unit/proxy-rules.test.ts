/** @jest-environment node */
import { proxyRedirect } from '@/lib/auth/proxy-rules';

const owing = (...pendingSteps: string[]) => ({ pendingSteps });

test('public pages are never redirected', () => {
  expect(proxyRedirect('/', null, false)).toBeNull();
  expect(proxyRedirect('/daftar', owing('terms'), false)).toBeNull();
  expect(proxyRedirect('/terma-dan-syarat', null, true)).toBeNull();
});

test('a visitor is sent to the LOG MASUK box with the page to return to, and a note when the session has just ended', () => {
  expect(proxyRedirect('/dashboard', null, false)).toBe('/?next=/dashboard');
  expect(proxyRedirect('/profil', null, true)).toBe('/?keluar=tamat&next=/profil');
  expect(proxyRedirect('/profil/emel/abc123', null, false)).toBe('/?next=/profil/emel/abc123');
  expect(proxyRedirect('/profil', null, false, '?a=1')).toBe('/?next=/profil%3Fa%3D1');
  // A step page is no return path: after LOG MASUK the steps come first anyway.
  expect(proxyRedirect('/katalaluan-baru', null, true)).toBe('/?keluar=tamat');
  expect(proxyRedirect('/terma', null, false)).toBe('/');
});

test('a dashboard page opened before the steps are done goes to the first owed step', () => {
  expect(proxyRedirect('/dashboard', owing('terms', 'password', 'security_question'), true)).toBe('/terma');
  expect(proxyRedirect('/dashboard', owing('security_question'), true)).toBe('/soalan-keselamatan');
  expect(proxyRedirect('/profil/individu', owing('password'), true)).toBe('/katalaluan-baru');
});

test('a later step page opened early goes back to the owed step; a done step goes on', () => {
  expect(proxyRedirect('/soalan-keselamatan', owing('terms', 'password', 'security_question'), true)).toBe('/terma');
  expect(proxyRedirect('/terma', owing('password', 'security_question'), true)).toBe('/katalaluan-baru');
  expect(proxyRedirect('/katalaluan-baru', owing('password', 'security_question'), true)).toBeNull();
  expect(proxyRedirect('/terma', owing(), true)).toBe('/dashboard');
  expect(proxyRedirect('/dashboard', owing(), true)).toBeNull();
});

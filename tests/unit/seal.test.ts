/** @jest-environment node */
import { seal, sealJson, unseal, unsealJson } from '@/lib/crypto/seal';

const secretMessage = JSON.stringify({ to: 'ali.abu@example.com', props: { password: 'dhW51Frg', maskedId: '700101-**-**34' } });

test('round trip', () => {
  expect(unseal(seal(secretMessage, 'outbox'), 'outbox')).toBe(secretMessage);
  const value = { to: 'ali.abu@example.com', n: 3, nested: { ok: true } };
  expect(unsealJson(sealJson(value, 'outbox'), 'outbox')).toEqual(value);
});

test('the sealed text does not contain the plaintext or any part of it', () => {
  const sealed = seal(secretMessage, 'outbox');
  for (const part of ['ali.abu', 'example.com', 'dhW51Frg', '700101']) expect(sealed).not.toContain(part);
  // A fresh IV every time: equal messages do not produce equal ciphertexts.
  expect(seal(secretMessage, 'outbox')).not.toBe(sealed);
});

test('any change to the sealed text is detected', () => {
  const sealed = seal(secretMessage, 'outbox');
  const [version, iv, tag, body] = sealed.split('.');
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  expect(() => unseal([version, iv, tag, flip(body, 5)].join('.'), 'outbox')).toThrow();
  expect(() => unseal([version, iv, flip(tag, 3), body].join('.'), 'outbox')).toThrow();
  expect(() => unseal([version, flip(iv, 2), tag, body].join('.'), 'outbox')).toThrow();
  expect(() => unseal([version, iv, tag].join('.'), 'outbox')).toThrow();
});

test('a value sealed for one purpose cannot be opened for another', () => {
  const sealed = seal(secretMessage, 'outbox');
  expect(() => unseal(sealed, 'dev-mailbox')).toThrow();
});

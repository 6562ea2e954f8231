/** @jest-environment node */
import { decode, encode } from 'next-auth/jwt';
import { authConfig } from '@/auth.config';
import { createRecoveryCodes, checkRecoveryCode } from '@/lib/admin/recovery-codes';
import { resetEnv } from '@/lib/config/env';
import { seal, unseal } from '@/lib/crypto/seal';
import { deliverDueEmails, enqueueEmail } from '@/lib/mail/outbox';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';

/**
 * Key rotation (issue 12 item 7): AUTH_SECRET and OUTBOX_KEY each accept the value they replaced, so the
 * sessions and the queued mail made under the old keys keep working; everything new uses the new keys; and
 * once the previous value is removed, what the old key made opens no more.
 */
const OLD_AUTH = 'old-auth-secret-old-auth-secret-0001';
const NEW_AUTH = 'new-auth-secret-new-auth-secret-0002';
const OLD_OUTBOX = 'old-outbox-key-old-outbox-key-000001';
const NEW_OUTBOX = 'new-outbox-key-new-outbox-key-000002';
const SALT = 'authjs.session-token';
const KEYS = ['AUTH_SECRET', 'AUTH_SECRET_PREVIOUS', 'OUTBOX_KEY', 'OUTBOX_KEY_PREVIOUS', 'RESEND_API_KEY', 'RESEND_BASE_URL'];

let t: TestDatabase;
let fake: FakeResend;
const saved: Record<string, string | undefined> = {};

function settings(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const key of KEYS.slice(0, 4)) delete process.env[key];
  Object.assign(process.env, values);
  resetEnv();
}

beforeAll(async () => {
  for (const key of KEYS) saved[key] = process.env[key];
  t = await freshDatabase();
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_rotation';
  process.env.RESEND_BASE_URL = fake.url;
});
afterAll(async () => {
  await fake.close();
  await t.close();
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnv();
});

const sessionToken = (secret: string | string[]) =>
  encode({ token: { sub: 'user-1', userId: 'user-1' }, secret: Array.isArray(secret) ? secret[0]! : secret, salt: SALT, maxAge: 3600 });

test('a session cookie made under the old AUTH_SECRET still opens after the rotation; a new one is made under the new secret', async () => {
  settings({ AUTH_SECRET: OLD_AUTH });
  const before = await sessionToken(authConfig().secret);

  settings({ AUTH_SECRET: NEW_AUTH, AUTH_SECRET_PREVIOUS: OLD_AUTH });
  const secrets = authConfig().secret;
  expect(secrets).toEqual([NEW_AUTH, OLD_AUTH]);
  expect(await decode({ token: before, secret: secrets, salt: SALT })).toMatchObject({ userId: 'user-1' });
  const after = await sessionToken(secrets);
  expect(await decode({ token: after, secret: NEW_AUTH, salt: SALT })).toMatchObject({ userId: 'user-1' });
  await expect(decode({ token: after, secret: OLD_AUTH, salt: SALT })).rejects.toThrow();

  // The previous value removed: the old cookie is refused (its session ends), the new one still opens.
  settings({ AUTH_SECRET: NEW_AUTH });
  await expect(decode({ token: before, secret: authConfig().secret, salt: SALT })).rejects.toThrow();
  expect(await decode({ token: after, secret: authConfig().secret, salt: SALT })).toMatchObject({ userId: 'user-1' });
});

test('mail queued under the old OUTBOX_KEY is delivered after the rotation, once; mail queued after it is sealed under the new key', async () => {
  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: OLD_OUTBOX });
  const props = { name: 'ALI BIN ABU', maskedId: '700101-**-**34', password: 'dhW51Frg', expiresAt: '2026-03-09T23:30:00.000Z' };
  await t.db.transaction((tx) => enqueueEmail(tx, { template: 'generated-password', to: 'lama@example.com', props }));

  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: NEW_OUTBOX, OUTBOX_KEY_PREVIOUS: OLD_OUTBOX });
  await t.db.transaction((tx) => enqueueEmail(tx, { template: 'generated-password', to: 'baru@example.com', props }));
  expect(await deliverDueEmails()).toEqual({ sent: 2, failed: 0 });
  expect(
    fake.messages
      .map((m) => m.body.to)
      .flat()
      .sort(),
  ).toEqual(['baru@example.com', 'lama@example.com']);
  expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });

  const sealedNow = seal('rahsia', 'test');
  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: OLD_OUTBOX });
  expect(() => unseal(sealedNow, 'test')).toThrow();
});

test('sealed data and recovery codes made under the old key open with the previous value, and no more once it is removed', () => {
  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: OLD_OUTBOX });
  const sealed = seal('JBSWY3DPEHPK3PXP', 'totp-secret');
  const { codes, hashes } = createRecoveryCodes();
  const stored = hashes.map((codeHash) => ({ codeHash, usedAt: null }));

  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: NEW_OUTBOX, OUTBOX_KEY_PREVIOUS: OLD_OUTBOX });
  expect(unseal(sealed, 'totp-secret')).toBe('JBSWY3DPEHPK3PXP');
  expect(checkRecoveryCode(codes[3]!, stored)).toMatchObject({ ok: true });

  settings({ AUTH_SECRET: NEW_AUTH, OUTBOX_KEY: NEW_OUTBOX });
  expect(() => unseal(sealed, 'totp-secret')).toThrow();
  expect(checkRecoveryCode(codes[3]!, stored)).toEqual({ ok: false, reason: 'wrong' });
});

test('without OUTBOX_KEY, data follows AUTH_SECRET and its previous value', () => {
  settings({ AUTH_SECRET: OLD_AUTH });
  const sealed = seal('draf', 'form-draft');
  settings({ AUTH_SECRET: NEW_AUTH, AUTH_SECRET_PREVIOUS: OLD_AUTH });
  expect(unseal(sealed, 'form-draft')).toBe('draf');
});

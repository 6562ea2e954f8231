import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { dataSecrets } from './secrets';

/**
 * AES-256-GCM for data at rest (queued mail, the development mailbox). The key is derived with HKDF from
 * OUTBOX_KEY, or AUTH_SECRET when that is unset, with a purpose label so one secret never serves two uses.
 * Format: v1.<iv>.<tag>.<ciphertext>, base64url. Sealed with the current secret; opened with it or the previous
 * one (key rotation: lib/crypto/secrets.ts).
 */
function key(purpose: string, secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'ecos-seal', purpose, 32));
}

export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(purpose, dataSecrets()[0]!), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function unseal(sealed: string, purpose: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown sealed format');
  let failure: unknown;
  for (const secret of dataSecrets()) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', key(purpose, secret), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch (error) {
      // GCM's tag check fails under the wrong key: try the previous one.
      failure = error;
    }
  }
  throw failure;
}

export function sealJson(value: unknown, purpose: string): string {
  return seal(JSON.stringify(value), purpose);
}

export function unsealJson<T>(sealed: string, purpose: string): T {
  return JSON.parse(unseal(sealed, purpose)) as T;
}

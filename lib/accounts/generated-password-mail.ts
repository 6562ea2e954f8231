import 'server-only';
import type { Executor } from '@/db';
import type { IdType } from '@/db/schema';
import { env } from '@/lib/config/env';
import { hashSecret } from '@/lib/crypto/argon';
import { enqueueEmail } from '@/lib/mail/outbox';
import { generatePassword } from './generate-password';
import { maskLoginId } from './login-id';

const HOUR = 3_600_000;

export type GeneratedPassword = { password: string; passwordHash: string; expiresAt: Date };

/**
 * The password a new account starts with (requirements §1.6) — at Daftar Pengguna and at `npm run
 * admin:create` alike. Argon2id takes tens of milliseconds: call this before the transaction, so no row
 * stays locked meanwhile.
 */
export async function newGeneratedPassword(now: Date): Promise<GeneratedPassword> {
  const password = generatePassword();
  return {
    password,
    passwordHash: await hashSecret(password),
    expiresAt: new Date(now.getTime() + env().GENERATED_PASSWORD_TTL_HOURS * HOUR),
  };
}

/** Queues the e-mail that carries it, in the caller's transaction (the outbox: no account without its mail). */
export async function queueGeneratedPasswordEmail(
  tx: Executor,
  account: { name: string; email: string; loginId: string; idType: IdType },
  generated: GeneratedPassword,
): Promise<void> {
  await enqueueEmail(tx, {
    template: 'generated-password',
    to: account.email,
    props: {
      name: account.name,
      maskedId: maskLoginId(account.loginId, account.idType),
      password: generated.password,
      expiresAt: generated.expiresAt.toISOString(),
    },
  });
}

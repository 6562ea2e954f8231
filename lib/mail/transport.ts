import 'server-only';
import type { Executor } from '@/db';
import { env } from '@/lib/config/env';
import { DevMailboxTransport } from './dev-mailbox-transport';
import { ResendTransport } from './resend-transport';

export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable across retries of one outbox row, so the provider sends it at most once. */
  idempotencyKey: string;
};

/**
 * Where mail leaves the system. Resend when RESEND_API_KEY is set, else the development mailbox. Where data
 * residency requires it, an SMTP relay inside Malaysia can replace Resend by implementing this interface
 * (nodemailer's SMTP transport, with the idempotency key as the Message-ID) and returning it below.
 * A send must throw on failure: the outbox then retries with back-off.
 */
export interface MailTransport {
  send(msg: MailMessage): Promise<{ id: string }>;
}

/**
 * @param executor where the development mailbox writes: the outbox passes its delivery transaction, so the
 * stored message and the "sent" mark commit together (and PGlite, one connection, cannot deadlock on a
 * second handle while that transaction is open). Ignored by Resend.
 */
export function getTransport(executor?: Executor): MailTransport {
  const key = env().RESEND_API_KEY;
  if (key) return new ResendTransport(key, env().RESEND_BASE_URL);
  return new DevMailboxTransport(executor);
}

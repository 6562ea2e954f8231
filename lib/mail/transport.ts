import 'server-only';
import type { Executor } from '@/db';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';
import { DevMailboxTransport } from './dev-mailbox-transport';
import { LogTransport } from './log-transport';
import { ResendTransport } from './resend-transport';
import type { MailTransport } from './transport-types';

export type { MailMessage, MailTransport } from './transport-types';

/**
 * @param executor where the development mailbox writes: the outbox passes its delivery transaction, so the
 * stored message and the "sent" mark commit together (and PGlite, one connection, cannot deadlock on a
 * second handle while that transaction is open). Ignored by the others.
 */
export function getTransport(executor?: Executor): MailTransport {
  const { MAIL_TRANSPORT, RESEND_API_KEY, RESEND_BASE_URL } = env();
  if (MAIL_TRANSPORT === 'log') return new LogTransport();
  if (MAIL_TRANSPORT === 'mailbox' || !RESEND_API_KEY) return new DevMailboxTransport(executor);
  // Chosen or implied: env() refuses MAIL_TRANSPORT=resend without a key.
  return new ResendTransport(RESEND_API_KEY, RESEND_BASE_URL);
}

/** At start-up: a server that delivers no mail says so once, besides the warning per message. */
export function warnIfMailNotDelivered(): void {
  if (env().MAIL_TRANSPORT === 'log') {
    log.warn('mail.transport_log_active', {
      detail: 'MAIL_TRANSPORT=log delivers no e-mail (generated passwords, recovery links); each message is logged as mail.not_delivered',
    });
  }
}

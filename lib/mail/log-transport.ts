import 'server-only';
import { randomUUID } from 'node:crypto';
import { log } from '@/lib/log/logger';
import { TEMPLATES } from './templates';
import type { MailMessage, MailTransport } from './transport-types';

/**
 * MAIL_TRANSPORT=log: delivers nothing, on purpose (a staging server with no mail service, say). Each
 * message leaves one warning, so mail that goes nowhere is never silent; the warning names the template
 * only, because the recipient, and bodies with generated passwords and recovery links, must not reach logs.
 */
export class LogTransport implements MailTransport {
  async send(msg: MailMessage): Promise<{ id: string }> {
    const id = `log-${randomUUID()}`;
    log.warn('mail.not_delivered', { template: templateOf(msg.subject), messageId: id, reason: 'MAIL_TRANSPORT=log' });
    return { id };
  }
}

/**
 * A transport is given the rendered message, not the template's name; every template has one fixed
 * subject (lib/mail/templates.ts), so the subject tells which it was.
 */
function templateOf(subject: string): string {
  for (const [name, entry] of Object.entries(TEMPLATES)) {
    if ((entry.subject as (props: unknown) => string)({}) === subject) return name;
  }
  return 'unknown';
}

import 'server-only';
import { getDb, type Executor } from '@/db';
import { devMailbox } from '@/db/schema';
import { sealJson } from '@/lib/crypto/seal';
import type { MailMessage, MailTransport } from './transport-types';

export const DEV_MAILBOX_PURPOSE = 'dev-mailbox';

export type DevMailboxContent = Omit<MailMessage, 'idempotencyKey'>;

/** No mail service configured: keep the message in the database, sealed like the outbox (requirements §1.7). */
export class DevMailboxTransport implements MailTransport {
  constructor(private readonly executor?: Executor) {}

  async send(msg: MailMessage): Promise<{ id: string }> {
    const content: DevMailboxContent = { from: msg.from, to: msg.to, subject: msg.subject, html: msg.html, text: msg.text };
    const executor = this.executor ?? (await getDb());
    const [row] = await executor
      .insert(devMailbox)
      .values({ payload: sealJson(content, DEV_MAILBOX_PURPOSE) })
      .returning({ id: devMailbox.id });
    return { id: `dev-${row.id}` };
  }
}

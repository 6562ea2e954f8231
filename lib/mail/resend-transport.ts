import 'server-only';
import { Resend } from 'resend';
import type { MailMessage, MailTransport } from './transport-types';

// The outbox holds a row lock while sending: a hung connection must not hold it for minutes.
const SEND_TIMEOUT_MS = 15_000;

export class ResendSendError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
  ) {
    super(message);
    this.name = 'ResendSendError';
  }
}

export class ResendTransport implements MailTransport {
  private readonly client: Resend;

  /** baseUrl: RESEND_BASE_URL (tests point it at a local fake); the SDK defaults to api.resend.com. */
  constructor(apiKey: string, baseUrl?: string) {
    this.client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  async send(msg: MailMessage): Promise<{ id: string }> {
    // The SDK reports failures in its result rather than throwing; the outbox retries only on a throw.
    const { data, error } = await this.client.emails.send(
      { from: msg.from, to: msg.to, subject: msg.subject, html: msg.html, text: msg.text },
      { idempotencyKey: msg.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
    );
    if (error || !data) {
      throw new ResendSendError(`${error?.name ?? 'no_data'}: ${error?.message ?? 'empty response'}`, error?.statusCode ?? null);
    }
    return { id: data.id };
  }
}

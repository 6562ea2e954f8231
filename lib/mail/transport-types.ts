/**
 * The shapes every transport shares, apart from transport.ts, which picks one: the implementations import
 * these, and transport.ts imports the implementations, with no circle between them.
 */
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
 * Where mail leaves the system: MAIL_TRANSPORT, or when it is unset Resend if RESEND_API_KEY is set, else the
 * development mailbox (lib/config/env.ts refuses that in production). Where data residency requires it, an
 * SMTP relay inside Malaysia can replace Resend by implementing this interface (nodemailer's SMTP transport,
 * with the idempotency key as the Message-ID) and returning it from getTransport() in transport.ts.
 * A send must throw on failure: the outbox then retries with back-off.
 */
export interface MailTransport {
  send(msg: MailMessage): Promise<{ id: string }>;
}

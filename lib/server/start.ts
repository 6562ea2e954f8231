import 'server-only';
import { getDb } from '@/db';
import { ConfigError, env } from '@/lib/config/env';
import { warnIfTestCaptcha } from '@/lib/captcha';
import { log } from '@/lib/log/logger';
import { warnIfMailNotDelivered } from '@/lib/mail/transport';
import { startOutboxWorker } from '@/lib/mail/worker';

/**
 * Start-up of a server process: settings validated (a bad one stops the start with one line naming it),
 * migrations applied, and the outbox worker started so queued mail is retried without any request.
 */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await getDb();
  warnIfTestCaptcha();
  warnIfMailNotDelivered();
  startOutboxWorker();
  log.info('server.started', { database: env().DATABASE_URL?.split(':')[0] ?? 'pglite' });
}

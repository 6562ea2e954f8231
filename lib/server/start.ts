import 'server-only';
import { getDb } from '@/db';
import { checkPageSettings, ConfigError, env } from '@/lib/config/env';
import { peerAddressKnown } from '@/lib/http/client-address';
import { warnIfBuiltinCaptchaInProduction, warnIfTestCaptcha } from '@/lib/captcha';
import { guardConsoleErrors, log } from '@/lib/log/logger';
import { warnIfMailNotDelivered } from '@/lib/mail/transport';
import { startOutboxWorker } from '@/lib/mail/worker';
import { registerShutdown } from './shutdown';

/**
 * Start-up of a server process: settings validated (a bad one stops the start with one line naming it),
 * migrations applied, and the outbox worker started so queued mail is retried without any request. The
 * graceful shutdown that server.mjs runs on SIGTERM is registered last (lib/server/shutdown.ts).
 */
export async function startServer(): Promise<void> {
  try {
    env();
    checkPageSettings();
    checkClientAddressSource();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Next.js prints errors thrown by pages and actions with console.error, causes and query parameters
  // included: the same scrubbing as our own log lines.
  guardConsoleErrors();
  await getDb();
  warnIfTestCaptcha();
  warnIfBuiltinCaptchaInProduction();
  warnIfMailNotDelivered();
  startOutboxWorker();
  registerShutdown();
  log.info('server.started', { database: env().DATABASE_URL?.split(':')[0] ?? 'pglite' });
}

/**
 * Throttles and the audit log need an address the client cannot choose (lib/http/client-address.ts). In
 * production that is the peer address from server.mjs (`npm start`), or the X-Forwarded-For entry of
 * TRUSTED_PROXY_HOPS trusted proxies; a plain `next start` with no trusted proxy has neither.
 */
function checkClientAddressSource(): void {
  const settings = env();
  if (settings.NODE_ENV === 'production' && settings.TRUSTED_PROXY_HOPS === 0 && !peerAddressKnown()) {
    throw new ConfigError(
      'Invalid setting TRUSTED_PROXY_HOPS: is 0 but this server does not know the client address; start it with `npm start` (server.mjs), or set TRUSTED_PROXY_HOPS to the number of proxies in front of it',
    );
  }
}

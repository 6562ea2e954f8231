import 'server-only';
import { closeDb } from '@/db';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';
import { outboxSettled, stopOutbox } from '@/lib/mail/outbox';
import { stopOutboxWorker } from '@/lib/mail/worker';

/**
 * Graceful shutdown (issue 12 item 6). server.mjs owns the HTTP server and the signals; the database and the
 * outbox live in Next.js's server code. They meet through one function on globalThis, which startServer()
 * registers (the same process: server.mjs runs Next.js's handler in process).
 *
 * Within SHUTDOWN_GRACE_SECONDS of the signal: no new connections, the requests in flight finish, the outbox
 * takes no new row and finishes the one it holds, the database pool closes. Past the grace, connections still
 * open are cut and PostgreSQL connections still busy are dropped, which rolls back (releases) the row being
 * delivered: another instance sends it with the same idempotency key.
 */
export type DrainRequests = (deadline: number) => Promise<boolean>;
export type ShutdownResult = { clean: boolean };
type Shutdown = (signal: string, drainRequests: DrainRequests) => Promise<ShutdownResult>;

export const SHUTDOWN_HOOK = Symbol.for('ecos.shutdown');
const hooks = globalThis as unknown as { [SHUTDOWN_HOOK]?: Shutdown };

/** Resolves `true` when `promise` settles before `deadline` (ms since the epoch), `false` otherwise. */
async function before(promise: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function shutdown(signal: string, drainRequests: DrainRequests): Promise<ShutdownResult> {
  const graceSeconds = env().SHUTDOWN_GRACE_SECONDS;
  const started = Date.now();
  const deadline = started + graceSeconds * 1000;
  log.info('server.stopping', { signal, graceSeconds });

  // The outbox first: a request finishing now may still queue mail (it commits, and another instance sends it),
  // but this process starts no new delivery.
  stopOutboxWorker();
  stopOutbox();
  const [requestsDone, outboxDone] = await Promise.all([drainRequests(deadline), before(outboxSettled(), deadline)]);

  // What is still running past the deadline gets one more second, then its connection is dropped.
  const remaining = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
  let databaseClosed = true;
  try {
    databaseClosed = await before(closeDb({ timeoutSeconds: outboxDone ? remaining : 1 }), deadline + 2000);
  } catch (error) {
    databaseClosed = false;
    log.error('server.stop_database', { error: error instanceof Error ? error.name : 'unknown' });
  }
  const clean = requestsDone && outboxDone && databaseClosed;
  const fields = { signal, requestsDone, outboxDone, databaseClosed, ms: Date.now() - started };
  if (clean) log.info('server.stopped', fields);
  else log.warn('server.stopped', fields);
  return { clean };
}

/** Called by startServer(): lets server.mjs reach shutdown(). */
export function registerShutdown(): void {
  hooks[SHUTDOWN_HOOK] = shutdown;
}

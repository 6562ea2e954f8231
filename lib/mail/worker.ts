import 'server-only';
import { env } from '@/lib/config/env';
import { sweepIfDue } from '@/lib/maintenance/sweep';
import { kickOutbox, resumeOutbox } from './outbox';

const state = globalThis as unknown as { __ecosOutboxTimer?: ReturnType<typeof setInterval> };

/**
 * The retry timer in a long-running server: every OUTBOX_POLL_SECONDS, deliver what is due (failed sends
 * coming off their back-off, and anything left by a process that died before its kick). Unref'd, so it
 * never keeps a process alive; starting it twice keeps one timer. Serverless hosts call the cron route.
 */
export function startOutboxWorker(): void {
  if (state.__ecosOutboxTimer) return;
  resumeOutbox();
  state.__ecosOutboxTimer = setInterval(() => {
    void kickOutbox();
    // Expired throttle rows, challenges and links go on the same timer (at most every ten minutes).
    void sweepIfDue();
  }, env().OUTBOX_POLL_SECONDS * 1000);
  state.__ecosOutboxTimer.unref();
  void kickOutbox();
}

export function stopOutboxWorker(): void {
  if (state.__ecosOutboxTimer) clearInterval(state.__ecosOutboxTimer);
  state.__ecosOutboxTimer = undefined;
}

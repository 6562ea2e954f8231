import type { Message } from '@/lib/forms/form-state';

/**
 * A bounded queue in front of Argon2 (issue 11 item 3). Each hash takes ~19 MiB and a core for tens of
 * milliseconds on the hash threads (hash-pool.ts); without a bound, a burst past what the cores can hash piles up
 * in front of them, every log-in and registration waits behind it, and memory grows with the pile. With a bound, at most `concurrency` hashes run, at most `maxWaiting` wait their turn in
 * order, and the rest — or one that has waited `waitMs` — are refused at once with HashBusyError, which the
 * callers turn into "busy, try again in N seconds" (HTTP 503 with Retry-After for a direct POST).
 */
export class HashBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the password hash queue is full; retry after ${retryAfterSeconds} s`);
    this.name = 'HashBusyError';
  }
}

export type HashQueueOptions = {
  /** Hashes running at once. */
  concurrency: number;
  /** Hashes waiting for a slot; one more is refused. */
  maxWaiting: number;
  /** How long one may wait for a slot before it is refused. */
  waitMs: number;
};

export type HashQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** The refusal a run would meet now (the line is full), else null: lets a caller turn away before costlier work. */
  refusal(): HashBusyError | null;
  /** Running and waiting now (for tests and logs). */
  load(): { running: number; waiting: number };
};

type Waiter = { start: () => void; timer: ReturnType<typeof setTimeout> };

export function createHashQueue({ concurrency, maxWaiting, waitMs }: HashQueueOptions): HashQueue {
  let running = 0;
  const waiting: Waiter[] = [];
  // The longest a refused caller would have waited: by then the queue has turned over at least once.
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));

  // A slot is handed straight to the next waiter rather than freed and re-taken, so a newcomer can never
  // overtake someone who queued before it.
  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    } else {
      running -= 1;
    }
  };

  const execute = async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      return await task();
    } finally {
      release();
    }
  };

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (running < concurrency && waiting.length === 0) {
        running += 1;
        return execute(task);
      }
      if (waiting.length >= maxWaiting) return Promise.reject(new HashBusyError(retryAfterSeconds));
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter = {
          start: () => execute(task).then(resolve, reject),
          timer: setTimeout(() => {
            // It never held a slot, so it frees none: it only leaves the line.
            const at = waiting.indexOf(waiter);
            if (at >= 0) waiting.splice(at, 1);
            reject(new HashBusyError(retryAfterSeconds));
          }, waitMs),
        };
        waiting.push(waiter);
      });
    },
    refusal: () => (waiting.length >= maxWaiting ? new HashBusyError(retryAfterSeconds) : null),
    load: () => ({ running, waiting: waiting.length }),
  };
}

/**
 * The form-level message for a submission the hash queue turned away ("Sistem sedang sibuk…"), or null for any
 * other error, which the caller rethrows. Nothing was written: every hash is taken before, or inside, the
 * transaction it belongs to.
 */
export function busyMessage(error: unknown): Message | null {
  return error instanceof HashBusyError ? { key: 'common.busy', vars: { seconds: error.retryAfterSeconds } } : null;
}

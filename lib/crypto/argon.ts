import type { Options } from '@node-rs/argon2';
import { env } from '@/lib/config/env';
import { hashConcurrency } from './hash-concurrency.mjs';
import { createHashPool, type HashPool } from './hash-pool';
import { createHashQueue, type HashBusyError, type HashQueue } from './hash-queue';

export { HashBusyError } from './hash-queue';

// OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB, 2 passes, 1 lane.
// (Algorithm is a const enum, which isolatedModules cannot import: 2 is Algorithm.Argon2id.)
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Every hash and verify goes through one queue per process (hash-queue.ts): when it is full they throw
// HashBusyError, which each caller answers as "busy, try again", never as a failure of the secret. The queue's
// running jobs go to a pool of as many low-priority threads (hash-pool.ts).
let queue: HashQueue | undefined;
let pool: HashPool | undefined;
function hashQueue(): HashQueue {
  if (!queue) {
    const settings = env();
    const concurrency = hashConcurrency(settings.HASH_CONCURRENCY);
    pool = createHashPool(concurrency);
    queue = createHashQueue({
      concurrency,
      maxWaiting: settings.HASH_QUEUE_MAX ?? 4 * concurrency,
      waitMs: settings.HASH_QUEUE_WAIT_MS,
    });
  }
  return queue;
}

/**
 * The HashBusyError a hash would meet now, else null. Under overload most log-ins are turned away; checked before
 * a log-in's database work, a refusal costs microseconds instead of several queries, and the server's time goes to
 * the log-ins it can serve and to everyone else's pages.
 */
export function hashQueueRefusal(): HashBusyError | null {
  return hashQueue().refusal();
}

/** Throws HashBusyError when the hash queue is full. */
export function hashSecret(secret: string): Promise<string> {
  const queue = hashQueue();
  return queue.run(async () => (await pool!.run({ op: 'hash', secret, options: OPTIONS })) as string);
}

/** False for a wrong secret or a malformed hash; throws HashBusyError when the hash queue is full. */
export async function verifySecret(stored: string, candidate: string): Promise<boolean> {
  const queue = hashQueue();
  return queue.run(async () => {
    try {
      return (await pool!.run({ op: 'verify', stored, candidate })) === true;
    } catch {
      return false;
    }
  });
}

// A real hash of a random value: verifying against it costs what a real verify costs, so an unknown id
// takes the same time as a known one. A busy refusal is not kept, so the next call tries again.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashSecret(crypto.randomUUID()).catch((error: unknown) => {
    dummy = undefined;
    throw error;
  });
  return dummy;
}

/** For tests: the next hash builds the queue again from the settings. */
export function resetHashQueue(): void {
  queue = undefined;
  pool?.close();
  pool = undefined;
}

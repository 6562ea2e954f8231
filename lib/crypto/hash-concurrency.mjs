import { availableParallelism } from 'node:os';

/**
 * Argon2 hashes computed at once: HASH_CONCURRENCY, else the cores. Plain JavaScript because two readers need it:
 * lib/crypto/argon.ts (its queue and threads) and the log-in door (lib/http/log-in-gate.mjs), which server.mjs loads
 * before any of the application's TypeScript exists.
 */
export function hashConcurrency(value) {
  const set = Number(value);
  return Number.isSafeInteger(set) && set > 0 ? set : availableParallelism();
}

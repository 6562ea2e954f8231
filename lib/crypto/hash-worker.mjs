/**
 * One Argon2id thread of lib/crypto/hash-pool.ts. Plain JavaScript, loaded by path: Next.js does not bundle it.
 *
 * Linux keeps a nice value per thread, so this lowers only this thread's. Under overload the event loop (every
 * page, every query's answer) and PostgreSQL are then scheduled ahead of hashing, and hashing still gets every
 * cycle nobody else wants: the log-in rate of an otherwise idle server is unchanged (docs/decisions/0007-overload.md).
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { hashSync, verifySync } from '@node-rs/argon2';

// Relative to the priority the thread was born with (its creator's): a server started with `nice` keeps its hashing
// below its pages, and an unprivileged process never asks for a higher priority than it has.
try {
  setPriority(0, Math.min(19, getPriority(0) + workerData.niceness));
} catch {
  // A platform without per-thread nice values: hashing runs at the process's priority, as it did in libuv's pool.
}

parentPort.on('message', (job) => {
  try {
    const value = job.op === 'hash' ? hashSync(job.secret, job.options) : verifySync(job.stored, job.candidate);
    parentPort.postMessage({ value });
  } catch (error) {
    // The error's name only: a message could quote what it was given.
    parentPort.postMessage({ error: error instanceof Error ? error.name : 'Error' });
  }
});

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Options } from '@node-rs/argon2';

/**
 * Argon2id on threads of its own, 10 nice levels below the process (hash-worker.mjs), instead of libuv's pool at the
 * event loop's priority.
 * Under overload every core hashes; at the same priority the event loop got a third of the CPU and the public pages'
 * p99 went past 250 ms (issue 11 item 3). The hash queue (hash-queue.ts) bounds how many jobs arrive at once; the
 * pool starts a thread per job running at once, up to `size`, and keeps them.
 */
export type HashJob = { op: 'hash'; secret: string; options: Options } | { op: 'verify'; stored: string; candidate: string };
type Answer = { value: string | boolean } | { error: string };
type Pending = { job: HashJob; resolve: (value: string | boolean) => void; reject: (error: Error) => void };

export type HashPool = {
  run(job: HashJob): Promise<string | boolean>;
  /** Threads started and not failed (for tests). */
  threads(): number;
  /** Ends the idle threads now and each busy one when its job is done (for tests that change the settings). */
  close(): void;
};

// 10 nice levels below the event loop: CFS gives a thread about nine times the share of one 10 levels below it
// when both want a core.
export const HASH_THREAD_NICENESS = 10;

// By path from the working directory (the repository, or the standalone folder where next.config.mjs copies it).
const WORKER_FILE = path.join(process.cwd(), 'lib', 'crypto', 'hash-worker.mjs');

export function createHashPool(size: number): HashPool {
  const idle: Worker[] = [];
  const waiting: Pending[] = [];
  let started = 0;
  let closed = false;

  const spawn = (pending: Pending) => {
    started += 1;
    start(new Worker(WORKER_FILE, { workerData: { niceness: HASH_THREAD_NICENESS } }), pending);
  };

  const start = (worker: Worker, pending: Pending) => {
    // Held while it works, so a script awaiting a hash does not exit; let go while idle, so a kept thread never
    // keeps a process alive.
    worker.ref();
    const settle = (answer: Answer | Error) => {
      worker.off('message', settle);
      worker.off('error', settle);
      if (answer instanceof Error) {
        started -= 1;
        void worker.terminate();
        pending.reject(answer);
        // The jobs that were waiting for a thread get a new one.
        const next = waiting.shift();
        if (next) spawn(next);
      } else {
        worker.unref();
        if ('error' in answer) pending.reject(new Error(`argon2 ${pending.job.op} failed: ${answer.error}`));
        else pending.resolve(answer.value);
        const next = waiting.shift();
        if (next) start(worker, next);
        else if (closed) void worker.terminate();
        else idle.push(worker);
      }
    };
    worker.on('message', settle);
    worker.on('error', settle);
    worker.postMessage(pending.job);
  };

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        const pending: Pending = { job, resolve, reject };
        const worker = idle.pop();
        if (worker) return start(worker, pending);
        if (started < size) return spawn(pending);
        waiting.push(pending);
      });
    },
    threads: () => started,
    close() {
      closed = true;
      for (const worker of idle.splice(0)) void worker.terminate();
    },
  };
}

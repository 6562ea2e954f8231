import { fork } from 'node:child_process';
import path from 'node:path';

/** What scripts/bench/load-generator.mjs answers for one load. */
export type LoadResult = {
  requests: number;
  ok: number;
  failures: Record<string, number>;
  seconds: number;
  rate: number;
  p50: number;
  p95: number;
  p99: number;
};

export type LoadJob = Record<string, unknown> & { kind: string; connections: number; seconds?: number; count?: number };

/**
 * Runs one of the bench's scripts (scripts/bench/*.mjs) in its own process, so its CPU is not the caller's, sends
 * it one job and resolves with its one answer.
 */
export function inChild<T>(script: string, job: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, '..', script), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (answer: T & { error?: string }) => (answer.error ? reject(new Error(answer.error)) : resolve(answer)));
    child.once('exit', (code) => code !== 0 && reject(new Error(`${script} exited with ${code}`)));
    child.send(job as object);
  });
}

/** A load from the bench's load generator (scripts/bench/load-generator.mjs). */
export const runLoad = (job: LoadJob) => inChild<LoadResult>('load-generator.mjs', job);

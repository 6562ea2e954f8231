import { execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, freePort, productionEnv, runServer } from '../../../tests/security/support/app';

/**
 * The bench's database and server: one database for the whole run (a PGlite folder under /tmp, or a new database
 * on the PostgreSQL server DATABASE_URL names, dropped at the end), and the production start (`node server.mjs`,
 * as `npm start` runs it) on it, as many times as the bench needs, with the bench's settings.
 */
export type BenchDatabase = { url: string; kind: 'PGlite' | 'PostgreSQL'; drop: () => Promise<void> };

export async function benchDatabase(): Promise<BenchDatabase> {
  const base = process.env.DATABASE_URL;
  const kind = !base || base.startsWith('pglite:') ? 'PGlite' : 'PostgreSQL';
  return { ...(await createDatabase(base, 'bench')), kind };
}

/**
 * The per-address throttles raised for the bench: every request comes from 127.0.0.1, and the defaults would
 * refuse all but the first 20 log-ins a minute. Only the server the bench starts gets these; the defaults stay
 * in force everywhere else (lib/config/env.ts).
 */
export const BENCH_THROTTLE_SETTINGS = {
  LOGIN_RATE_PER_MINUTE: '100000000',
  REGISTER_RATE_PER_MINUTE: '100000000',
  REGISTER_RATE_PER_HOUR: '100000000',
  REGISTER_EMAILS_PER_DAY: '100000000',
  RECOVERY_RATE_PER_HOUR: '100000000',
};

export type BenchServer = {
  baseURL: string;
  pid: number;
  /** User + system CPU time of the server process so far, in ms (/proc/<pid>/stat; every thread included). */
  cpuMs: () => number;
  /** Resident set size now, in MB (/proc/<pid>/status VmRSS). */
  rssMB: () => number;
  output: () => string;
  stop: () => Promise<void>;
};

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux Node.js supports

export function settingsFor(port: number, databaseUrl: string, resendUrl: string): Record<string, string> {
  return {
    ...productionEnv(port, databaseUrl, resendUrl),
    ...BENCH_THROTTLE_SETTINGS,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
  };
}

/** `extra`: more settings for this start only; `nodeOptions`: Node's own (the profile's --cpu-prof). */
export async function startServer(
  databaseUrl: string,
  resendUrl: string,
  extra: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<BenchServer> {
  const port = await freePort();
  return answering(
    runServer({ ...settingsFor(port, databaseUrl, resendUrl), ...extra }, nodeOptions),
    `http://127.0.0.1:${port}`,
    '/api/health',
  );
}

/** A server process the bench started (the project's, or the starter's), once `readyPath` answers 200. */
export async function answering(
  server: { child: ChildProcess; output: () => string; exited: Promise<number | null> },
  baseURL: string,
  readyPath: string,
): Promise<BenchServer> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const code = await Promise.race([server.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 250))]);
    if (code !== 'running') throw new Error(`the server exited (${code}) before it answered:\n${server.output()}`);
    const answer = await fetch(`${baseURL}${readyPath}`).catch(() => null);
    if (answer?.ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 120 s:\n${server.output()}`);
  }
  const pid = server.child.pid!;
  return {
    baseURL,
    pid,
    cpuMs: () => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15.
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    },
    rssMB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024,
    output: server.output,
    stop: async () => {
      server.child.kill('SIGTERM');
      await Promise.race([server.exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    },
  };
}

const ROOT = path.resolve(__dirname, '../../..');

/**
 * scripts/bench/seed.ts in a process of its own, with the server's own settings (same database, same keys):
 * `accounts <from> <to> <password>`, `emails <n>`, `search <rounds>`. Resolves with the JSON its last line prints.
 */
export function seed(databaseUrl: string, resendUrl: string, ...args: string[]): Record<string, unknown> {
  const env = { ...process.env, ...settingsFor(0, databaseUrl, resendUrl), LOG_LEVEL: 'warn' };
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), '--conditions=react-server', 'scripts/bench/seed.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

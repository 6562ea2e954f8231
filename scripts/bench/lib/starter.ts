import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../tests/security/support/app';
import { answering, type BenchServer } from './server';

/**
 * The reference: a plain Next.js + Auth.js v5 credentials starter (scripts/bench/starter), built and started
 * with `next start` as its authors would, on the bench's PostgreSQL database (it reads the bench's seeded accounts,
 * so the same log-ins work on both).
 */
export const STARTER_DIR = path.resolve(__dirname, '../starter');
const NEXT = require.resolve('next/dist/bin/next');

/** `next build` in the starter's folder; skipped with BENCH_SKIP_BUILD when a build is there already. */
export function buildStarter() {
  if (process.env.BENCH_SKIP_BUILD && existsSync(path.join(STARTER_DIR, '.next/BUILD_ID'))) return;
  console.log('Production build of the starter (scripts/bench/starter) …');
  execFileSync(process.execPath, [NEXT, 'build'], {
    cwd: STARTER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
}

export async function startStarter(databaseUrl: string): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: STARTER_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'bench-starter-secret-bench-starter-secret',
      AUTH_TRUST_HOST: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return answering({ child, output: () => text, exited }, `http://127.0.0.1:${port}`, '/about');
}

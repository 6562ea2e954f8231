import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productionEnv, runServer } from './support/app';

/**
 * Settings that would make a production server unsafe stop the start with one line naming the setting
 * (items 1, 3 and 10): a forged address could not be told from a real one, links in e-mails would follow
 * request headers, or mail would silently go nowhere.
 */
const base = () => productionEnv(3999, `pglite:${path.join(mkdtempSync(path.join(os.tmpdir(), 'ecos-sec-')), 'db')}`, 'http://127.0.0.1:9');

async function refusal(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const server = runServer(env);
  const code = await Promise.race([server.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 60_000))]);
  if (code === 'running') server.child.kill('SIGKILL');
  return { code: code === 'running' ? null : code, output: server.output() };
}

test('without APP_URL production refuses to start, naming it', async () => {
  const { APP_URL: _, ...env } = base();
  const { code, output } = await refusal(env);
  expect(code).toBe(1);
  expect(output).toContain('Invalid setting APP_URL: is required when NODE_ENV=production');
});

test('without a mail transport production refuses to start, naming it', async () => {
  const { RESEND_API_KEY: _, ...env } = base();
  const { code, output } = await refusal(env);
  expect(code).toBe(1);
  expect(output).toMatch(/Invalid setting RESEND_API_KEY: is required when NODE_ENV=production/);
});

test('`next start` (no peer address) with TRUSTED_PROXY_HOPS=0 refuses to start, naming it', async () => {
  const { spawn } = await import('node:child_process');
  const env = { PATH: process.env.PATH ?? '', ...base() } as unknown as NodeJS.ProcessEnv;
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', '3998', '-H', '127.0.0.1'], {
    cwd: path.resolve(__dirname, '../..'),
    env,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  // Start-up runs on the first request at the latest.
  const poke = setInterval(() => void fetch('http://127.0.0.1:3998/').catch(() => {}), 500);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poke);
  expect(code).toBe(1);
  expect(output).toContain('Invalid setting TRUSTED_PROXY_HOPS');
});

test('a setting the public pages show, changed after the build, refuses the start, naming it and both values', async () => {
  // The pages were built with the default (5 attempts): a server enforcing 3 would contradict its own help page.
  const { code, output } = await refusal({ ...base(), LOCKOUT_THRESHOLD: '3' });
  expect(code).toBe(1);
  expect(output).toContain('Invalid setting LOCKOUT_THRESHOLD: 3 here, but the public pages were built with 5; build again');
});

/** @jest-environment node */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireFolderLock, FolderInUseError, releaseFolderLock } from '@/db/folder-lock';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ecos-lock-')), 'pglite');
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

test('a folder held by another live process is refused with a clear message', async () => {
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
  try {
    writeFileSync(`${dir}.pid`, String(holder.pid));
    expect(() => acquireFolderLock(dir)).toThrow(FolderInUseError);
    expect(() => acquireFolderLock(dir)).toThrow(/in use by process \d+ \(a running server\?\)/);
  } finally {
    holder.kill();
  }
});

test('a lock left by a process that has ended is taken over, and released again', async () => {
  const gone = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => gone.on('exit', resolve));
  writeFileSync(`${dir}.pid`, String(gone.pid));
  expect(() => acquireFolderLock(dir)).not.toThrow();
  releaseFolderLock(dir);
  expect(() => acquireFolderLock(dir)).not.toThrow();
});

test('npm run db:migrate refuses, with one clear line, a folder that a running server holds', async () => {
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(`${dir}.pid`, String(holder.pid));
    const run = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/migrate.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: `pglite:${dir}` },
    });
    let stderr = '';
    run.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => run.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`The database folder .*pglite is in use by process ${holder.pid}`));
  } finally {
    holder.kill();
  }
});

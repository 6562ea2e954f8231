import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * PGlite has no cross-process lock, and two processes on one data folder corrupt it. A pid file beside
 * the folder makes a second process (a migrate or seed script while the server runs) refuse clearly.
 */
function lockFile(dir: string) {
  return `${dir}.pid`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class FolderInUseError extends Error {}

export function acquireFolderLock(dir: string): void {
  const file = lockFile(dir);
  let holder: number | undefined;
  try {
    holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && alive(holder)) {
    throw new FolderInUseError(
      `The database folder ${dir} is in use by process ${holder} (a running server?). ` +
        'Stop that process first, or use PostgreSQL (DATABASE_URL=postgres://…) to share a database.',
    );
  }
  writeFileSync(file, String(process.pid));
}

export function releaseFolderLock(dir: string): void {
  try {
    if (Number.parseInt(readFileSync(lockFile(dir), 'utf8'), 10) === process.pid) rmSync(lockFile(dir));
  } catch {
    // Already gone.
  }
}

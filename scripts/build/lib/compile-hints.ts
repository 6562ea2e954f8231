/**
 * V8's explicit compile hint on a build's first-load scripts: what `npm run build` adds (scripts/build/compile-hints.ts,
 * which says why) and what the size check confirms is there (scripts/bench/check-budgets.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstLoadJs, type RouteJs } from '../../bench/lib/build-output';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Every file some page loads first, relative to the build folder ("static/chunks/…"), each once. */
export function firstLoadFiles(routes: readonly RouteJs[]): string[] {
  return [...new Set(routes.flatMap((route) => route.files))].sort();
}

export const hasCompileHint = (distDir: string, file: string) => readFileSync(path.join(distDir, file), 'utf8').startsWith(COMPILE_HINT);

/** Marks the first-load files of the build in distDir (read from its output unless given); returns the files it changed. */
export function addCompileHints(distDir: string, files: readonly string[] = firstLoadFiles(firstLoadJs(distDir))): string[] {
  const changed: string[] = [];
  for (const file of files) {
    const full = path.join(distDir, file);
    const source = readFileSync(full, 'utf8');
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(full, COMPILE_HINT + source);
    changed.push(file);
  }
  return changed;
}

/**
 * The last step of `npm run build`: marks the scripts a page runs as it loads with V8's explicit compile hint,
 * `//# allFunctionsCalledOnLoad` (Chrome 136 and later; a comment to every other browser). Without it V8 compiles
 * each function of these files lazily, on the main thread, the first time it runs: at start-up that is most of
 * them (React, Next.js's router, the page's client components), in the one long task that makes the page
 * interactive. With it, V8 compiles them on the thread that streams the file in, while the network is still
 * busy. docs/decisions/0011-compile-hints.md has the measurements.
 *
 * Only first-load files get it (the same list the size budgets count, scripts/bench/lib/build-output.ts): a chunk
 * fetched later (hCaptcha's widget, a page reached by a link) would be compiled whole for nothing. Adding a line
 * leaves each file's name (a hash of what the bundler wrote) as it was, which is harmless: the same build always
 * writes the same bytes under the same name, and no page carries an integrity hash of its scripts.
 *
 *   npm run build                      # next build, then this
 *   tsx scripts/build/compile-hints.ts # again on a build: files already marked are left alone
 */
import path from 'node:path';
import { firstLoadJs } from '../bench/lib/build-output';
import { addCompileHints, firstLoadFiles } from './lib/compile-hints';

const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next');
const files = firstLoadFiles(firstLoadJs(distDir));
const changed = addCompileHints(distDir, files);
console.log(`Compile hints: ${changed.length} of the ${files.length} first-load scripts marked (${path.relative(process.cwd(), distDir)})`);

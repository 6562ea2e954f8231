/**
 * .ci/run's size check, right after the production build (issue 11): first-load JavaScript of every public page
 * from the build's own output, and the HTML of the public pages as the production start serves them (one GET
 * each: no load), against scripts/bench/budgets.json; and that each first-load script carries the compile hint
 * `npm run build` adds (scripts/build/compile-hints.ts). Exits 1 when any is over its budget or a hint is missing.
 *
 *   npm run build && npm run bench:budgets            (NEXT_DIST_DIR=… for a build in another folder)
 */
import path from 'node:path';
import { startFakeResend } from '../../tools/fake-resend';
import { jsVerdicts, htmlVerdicts, readBudgets, verdictLine, BUDGETS_FILE } from './lib/budgets';
import { firstLoadJs } from './lib/build-output';
import { firstLoadFiles, hasCompileHint } from '../build/lib/compile-hints';
import { htmlWeight } from './lib/html';
import { benchDatabase, startServer } from './lib/server';

async function main() {
  const distDir = path.resolve(process.env.NEXT_DIST_DIR ?? '.next');
  const budgets = readBudgets();
  const routes = firstLoadJs(distDir);
  const verdicts = jsVerdicts(routes, budgets);

  const mail = await startFakeResend();
  const database = await benchDatabase();
  const server = await startServer(database.url, mail.url);
  try {
    const bytes: Record<string, number> = {};
    for (const route of Object.keys(budgets.htmlKB)) {
      const page = await htmlWeight(server.baseURL, route);
      if (page.status !== 200) throw new Error(`${route} answered ${page.status}`);
      bytes[route] = page.bytes;
    }
    verdicts.push(...htmlVerdicts(bytes, budgets));
  } finally {
    await server.stop();
    await mail.close();
    await database.drop();
  }

  console.log(`Size budgets (${path.relative(process.cwd(), BUDGETS_FILE)}), build in ${path.relative(process.cwd(), distDir)}`);
  for (const v of verdicts) console.log(verdictLine(v));
  const firstLoad = firstLoadFiles(routes);
  const unhinted = firstLoad.filter((file) => !hasCompileHint(distDir, file));
  console.log(`compile hint on first-load scripts: ${firstLoad.length - unhinted.length} of ${firstLoad.length}`);
  const over = verdicts.filter((v) => v.over);
  if (over.length) console.error(`${over.length} over budget: ${over.map((v) => v.what).join(', ')}`);
  if (unhinted.length) console.error(`No compile hint (built without npm run build?): ${unhinted.join(', ')}`);
  if (over.length || unhinted.length) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run lighthouse` — Lighthouse 12.2.3 (the version that installs on Node 20) on every public page of the
 * production build, in Debian's Chromium, with Lighthouse's default mobile profile (a mid-range phone on simulated
 * slow 4G), its CPU slowdown calibrated to this machine's benchmark index as Lighthouse's docs advise
 * (audit-pages.mjs). Issue 11 item 2's bar: performance ≥ 95, accessibility 100, best practices ≥ 95 on each
 * page; a page below it is measured once more, calibrated afresh (a shared machine's burst can sink a median),
 * and a page below it twice makes the run print what cost the points and exit 1. Run by `.ci/run`.
 *
 *   npm run build && npm run lighthouse         # starts `npm start` on a fresh PGlite database and a fake Resend
 *   LIGHTHOUSE_URL=http://127.0.0.1:3000 npm run lighthouse      # a server already running
 *
 * CHROMIUM_PATH picks the browser (default /usr/bin/chromium); NEXT_DIST_DIR the build.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startApp, type App } from '../../tests/security/support/app';
import { PUBLIC_PAGES } from '../bench/lib/html';

const BAR = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof BAR;
type PageAudit = {
  page: string;
  version: string;
  benchmarkIndex: number;
  cpuSlowdownMultiplier: number;
  scores: Record<Category, number>;
  shortfalls: Record<Category, string[]>;
};

/** audit-pages.mjs on these pages, each calibrated to the machine as it is when its turn comes. */
function audit(base: string, pages: readonly string[]): PageAudit[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'audit-pages.mjs'), base, ...pages], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PageAudit);
}

const belowBar = (a: PageAudit) => (Object.keys(BAR) as Category[]).filter((c) => a.scores[c] < BAR[c]);

async function main() {
  let app: App | undefined;
  let audits: PageAudit[];
  const retried: string[] = [];
  try {
    const base = process.env.LIGHTHOUSE_URL ?? (app = await startApp()).baseURL;
    audits = audit(base, PUBLIC_PAGES);
    // One more measurement of a page below the bar, calibrated afresh: on a shared machine a burst of another
    // tenant's work can sink a median of five (as Playwright's one retry in CI). A page that is really over the
    // bar fails twice.
    const failing = audits.filter((a) => belowBar(a).length > 0);
    if (failing.length > 0) {
      const again = audit(
        base,
        failing.map((a) => a.page),
      );
      for (const second of again) {
        retried.push(
          `${second.page}: performance ${failing.find((a) => a.page === second.page)!.scores.performance} then ${second.scores.performance}`,
        );
        audits = audits.map((a) => (a.page === second.page ? second : a));
      }
    }
  } finally {
    await app?.stop();
  }
  const categories = Object.keys(BAR) as Category[];
  console.log(`Lighthouse ${audits[0]?.version}, mobile profile, the production build (${process.env.LIGHTHOUSE_URL ?? 'npm start'})\n`);
  console.log(`| page | ${categories.join(' | ')} | benchmark index | CPU slowdown |`);
  console.log(`|---|${categories.map(() => '---').join('|')}|---|---|`);
  for (const a of audits)
    console.log(
      `| ${a.page} | ${categories.map((c) => a.scores[c]).join(' | ')} | ${Math.round(a.benchmarkIndex)} | ${a.cpuSlowdownMultiplier.toFixed(1)}× |`,
    );
  if (retried.length) console.log(`\nMeasured again, below the bar the first time (the table shows the second):\n${retried.join('\n')}`);
  // What cost the points, for every score under 100, so a page drifting toward the bar shows why before it fails.
  const costs = audits.flatMap((a) =>
    categories
      .filter((c) => a.scores[c] < 100)
      .flatMap((c) => [`${a.page} ${c} ${a.scores[c]}:`, ...a.shortfalls[c].map((line) => `    ${line}`)]),
  );
  if (costs.length) console.log(`\nWhat cost points:\n${costs.join('\n')}`);

  const below = audits.flatMap((a) => belowBar(a).map((c) => `${a.page}: ${c} ${a.scores[c]}, the bar ${BAR[c]}`));
  if (below.length) {
    console.error('\nBelow the bar:');
    for (const line of below) console.error(line);
    process.exit(1);
  }
  console.log('\nEvery public page meets the bar.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

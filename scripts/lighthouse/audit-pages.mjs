/**
 * Lighthouse on each page given, in one Chromium, from plain Node: Lighthouse sends some of its own functions to the
 * browser as source text, and a TypeScript loader (tsx) would rewrite them with helpers the page lacks. Started by
 * scripts/lighthouse/check.ts, which owns the bar; this only measures.
 *
 *   node scripts/lighthouse/audit-pages.mjs <base URL> <path> [<path> …]
 *
 * Prints one JSON line per page: { page, version, benchmarkIndex (the median one), benchmarkIndexes (every page's
 * first run), cpuSlowdownMultiplier, scores: { category: 0–100 }, shortfalls: { category: [text] } }.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { cpuSlowdownFor } from './cpu-slowdown.mjs';

// Lighthouse's default mobile network (slow 4G, simulated); only the CPU slowdown is calibrated (cpu-slowdown.mjs).
const MOBILE_THROTTLING = throttling.mobileSlow4G;

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const [base, ...pages] = process.argv.slice(2);

/** The audits that cost a category points, weighted ones first, each with what Lighthouse measured. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode),
    )
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(
      ({ ref, audit }) =>
        `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}: score ${Math.round(audit.score * 100)}, weight ${ref.weight}`,
    );
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  // A first run of every page warms the server's render of each route and measures the machine's benchmark index;
  // the CPU slowdown is calibrated once, from the median of those measurements. One measurement is not enough: on
  // these shared machines it moves between about 1,100 and 2,000 within a minute, and a calibration from a high one
  // throttles the next runs at 4× while the machine is back at its usual speed (Total Blocking Time 400 ms where
  // the runs either side measured 150). Then RUNS runs of each page, and the one with the median performance score
  // is the result (Lighthouse's advice against its run-to-run variance: five runs). Lighthouse empties the
  // browser's caches before each run, so each is the page as a visitor's phone first gets it.
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const indexes = [];
  for (const page of pages) indexes.push((await lighthouse(`${base}${page}`, flags))?.lhr?.environment?.benchmarkIndex);
  const measured = indexes.filter(Number.isFinite).sort((a, b) => a - b);
  const benchmarkIndex = measured.length ? measured[Math.floor(measured.length / 2)] : undefined;
  // LIGHTHOUSE_CPU_SLOWDOWN: a calibration already made (check.ts measuring a page again keeps the first one).
  const given = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN);
  const cpuSlowdownMultiplier = given > 0 ? given : cpuSlowdownFor(benchmarkIndex);
  const config = { extends: 'lighthouse:default', settings: { throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier } } };
  for (const page of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = (await lighthouse(`${base}${page}`, flags, config))?.lhr;
      if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
      runs.push(result);
    }
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${page}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    console.log(
      JSON.stringify({
        page,
        version: lhr.lighthouseVersion,
        benchmarkIndex,
        benchmarkIndexes: indexes,
        cpuSlowdownMultiplier,
        scores,
        shortfalls: Object.fromEntries(CATEGORIES.map((c) => [c, shortfalls(lhr, c)])),
      }),
    );
  }
} finally {
  await chrome.kill();
}

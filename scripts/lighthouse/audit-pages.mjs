/**
 * Lighthouse on each page given, in one Chromium, from plain Node: Lighthouse sends some of its own functions to the
 * browser as source text, and a TypeScript loader (tsx) would rewrite them with helpers the page lacks. Started by
 * scripts/lighthouse/check.ts, which owns the bar; this only measures.
 *
 *   node scripts/lighthouse/audit-pages.mjs <base URL> <path> [<path> …]
 *
 * Prints one JSON line per page: { page, version, benchmarkIndex (the median of the last five readings before its
 * runs), cpuSlowdownMultiplier, scores: { category: 0–100 }, shortfalls: { category: [text] } }.
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
  // Each page: a first run warms the server's render of the route; then RUNS runs with the CPU slowdown calibrated
  // to the machine as it is now, and the one with the median performance score is the result (Lighthouse's advice
  // against its run-to-run variance: five runs). Every run measures the machine's benchmark index; the calibration
  // uses the median of the last five readings. One reading is not enough: on these shared machines it moves between
  // about 1,100 and 2,000 within a minute, and a calibration from a high one throttled the next runs at 4× on a
  // machine back at its usual speed (Total Blocking Time 400 ms where the runs either side measured 150). Nor is one
  // calibration for the whole audit: in a CI run here the machine slowed while it ran, and three pages measured
  // again at the calibration of its start scored three points less the second time. Lighthouse empties the
  // browser's caches before each run, so each is the page as a visitor's phone first gets it.
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const readings = [];
  const recentIndex = () => {
    const recent = readings
      .slice(-5)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    return recent.length ? recent[Math.floor(recent.length / 2)] : undefined;
  };
  for (const page of pages) {
    readings.push((await lighthouse(`${base}${page}`, flags))?.lhr?.environment?.benchmarkIndex);
    const benchmarkIndex = recentIndex();
    const cpuSlowdownMultiplier = cpuSlowdownFor(benchmarkIndex);
    const config = { extends: 'lighthouse:default', settings: { throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier } } };
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = (await lighthouse(`${base}${page}`, flags, config))?.lhr;
      if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
      runs.push(result);
      readings.push(result.environment?.benchmarkIndex);
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
        cpuSlowdownMultiplier,
        scores,
        shortfalls: Object.fromEntries(CATEGORIES.map((c) => [c, shortfalls(lhr, c)])),
      }),
    );
  }
} finally {
  await chrome.kill();
}

/**
 * npm run bench (issue 11 item 1): the production build measured on this machine, each figure printed beside a
 * reference measured in the same run — a shared or slow machine moves both — and written to BENCHMARKS.md with
 * the command, the machine and the date.
 *
 *   npm run bench                        PGlite (a fresh folder under /tmp)
 *   DATABASE_URL=postgres://… npm run bench   a fresh database on that PostgreSQL server, dropped at the end
 *
 * Settings: BENCH_SECONDS (20: each load), BENCH_ROUNDS (100: sequential log-ins for the p50 at 1,000 and at
 * BENCH_ACCOUNTS accounts), BENCH_ACCOUNTS (100000), BENCH_EMAILS (1000), BENCH_SKIP_BUILD=1 (use the build in
 * NEXT_DIST_DIR or .next as it is), BENCH_OUTPUT (BENCHMARKS.md), BENCH_NOTE (a line for BENCHMARKS.md).
 *
 * Loads run 2 × cores requests in flight from a separate process (scripts/bench/load-generator.mjs). The server
 * gets raised per-address throttles (lib/server.ts BENCH_THROTTLE_SETTINGS): every request comes from one address.
 */
import { execFileSync, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashSecret } from '@/lib/crypto/argon';
import { startFakeResend } from '../../tools/fake-resend';
import { formFields } from '../../tests/security/support/forms';
import { Client } from '../../tests/security/support/http';
import { htmlVerdicts, jsVerdicts, readBudgets, verdictLine, type Verdict } from './lib/budgets';
import { firstLoadJs } from './lib/build-output';
import { inChild, runLoad, type LoadJob, type LoadResult } from './lib/child';
import { htmlWeight, PUBLIC_PAGES, type HtmlWeight } from './lib/html';
import { writeMarkdown } from './lib/markdown';
import { signIn } from './lib/sign-in';
import { buildStarter, startStarter } from './lib/starter';
import { benchDatabase, seed, startServer, type BenchServer } from './lib/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const EMAILS = Number(process.env.BENCH_EMAILS ?? 1000);
const FIRST_ACCOUNTS = 1000;
const CORES = os.cpus().length;
const IN_FLIGHT = 2 * CORES;
const PASSWORD = 'Bench2026x';
const CAPTCHA = 'LULUS-UJIAN';
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.resolve(ROOT, process.env.NEXT_DIST_DIR ?? '.next');
const OUTPUT = path.resolve(ROOT, process.env.BENCH_OUTPUT ?? 'BENCHMARKS.md');

const load = runLoad;

/** What to undo if the bench fails half-way: the server running, the fake Resend, the database. */
const cleanup: { server?: BenchServer; rest: (() => Promise<void>)[] } = { rest: [] };

const lines: string[] = [];
/** Prints a line and keeps it for BENCHMARKS.md. */
function say(line = '') {
  console.log(line);
  lines.push(line);
}
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);
const failuresOf = (r: LoadResult) =>
  Object.keys(r.failures).length
    ? ` — refused/failed: ${Object.entries(r.failures)
        .map(([k, v]) => `${v} × ${k}`)
        .join(', ')}`
    : '';

async function main() {
  const started = new Date();
  if (!process.env.BENCH_SKIP_BUILD) {
    console.log(`Production build into ${path.relative(ROOT, DIST)} …`);
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  const database = await benchDatabase();
  const mail = await startFakeResend();
  cleanup.rest.push(
    () => mail.close(),
    () => database.drop(),
  );
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say(`# Benchmarks`);
  say();
  say(`Written by \`npm run bench\` (scripts/bench/run.ts). Do not edit by hand: run it again.`);
  say();
  say('```');
  say(
    `command:  ${process.env.DATABASE_URL ? 'DATABASE_URL=postgres://… ' : ''}${process.env.BENCH_SKIP_BUILD ? 'BENCH_SKIP_BUILD=1 ' : ''}BENCH_SECONDS=${SECONDS} BENCH_ROUNDS=${ROUNDS} BENCH_ACCOUNTS=${ACCOUNTS} npm run bench`,
  );
  say(`machine:  ${CORES} cores (${cpu}), ${n0(os.totalmem() / 2 ** 20)} MB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  say(`date:     ${started.toISOString()}; load average at the start ${os.loadavg().map(n1).join(' ')}`);
  say(`database: ${database.kind}; loads at ${IN_FLIGHT} in flight (2 × cores) for ${SECONDS} s each, from a separate process`);
  if (process.env.BENCH_NOTE) say(`note:     ${process.env.BENCH_NOTE}`);
  say('```');

  // ---- Sizes from the build's own output.
  const budgets = readBudgets();
  const routes = firstLoadJs(DIST);
  say();
  say('## First-load JavaScript per page (gzipped, from the build output)');
  say();
  say('| page | files | raw KiB | gzipped KiB |');
  say('|---|---|---|---|');
  for (const r of routes)
    say(`| ${r.route}${r.group ? ` (${r.group})` : ''} | ${r.files.length} | ${n1(r.bytes / 1024)} | ${n1(r.gzipBytes / 1024)} |`);

  // ---- Server A: 1,000 accounts.
  console.log(`Seeding ${FIRST_ACCOUNTS} accounts …`);
  seed(database.url, mail.url, 'accounts', '0', String(FIRST_ACCOUNTS), PASSWORD);
  let server = (cleanup.server = await startServer(database.url, mail.url));
  const rss: [string, number][] = [['started, idle', server.rssMB()]];
  // A log-in of account 0 as the browser does it, for /dashboard's cookie.
  const { cookie, hidden: loginHidden } = await signIn(server.baseURL, '990000000000', PASSWORD, server.output);

  // Warm-up: every page and path once or more, so no figure includes first-request compilation.
  for (let i = 0; i < 5; i += 1) {
    for (const page of PUBLIC_PAGES) await htmlWeight(server.baseURL, page);
    await htmlWeight(server.baseURL, '/dashboard', cookie);
  }
  await load({
    kind: 'login-action',
    baseURL: server.baseURL,
    hidden: loginHidden,
    accounts: { from: 0, to: FIRST_ACCOUNTS },
    password: PASSWORD,
    connections: IN_FLIGHT,
    count: 4 * IN_FLIGHT,
  });

  // ---- HTML per page.
  const html: HtmlWeight[] = [];
  for (const page of PUBLIC_PAGES) html.push(await htmlWeight(server.baseURL, page));
  html.push(await htmlWeight(server.baseURL, '/dashboard', cookie));
  say();
  say('## HTML per page (as served, uncompressed)');
  say();
  say('| page | status | HTML KB | of which inline scripts (RSC payload) KB | of which class names KB | scripts loaded = build output |');
  say('|---|---|---|---|---|---|');
  for (const h of html) {
    const route = routes.find((r) => r.route === h.route);
    const same = route
      ? h.scripts.filter((s) => s.endsWith('.js')).every((s) => route.files.includes(s)) && route.files.every((f) => h.scripts.includes(f))
      : false;
    say(
      `| ${h.route} | ${h.status} | ${n1(h.bytes / 1000)} | ${n1(h.inlineScriptBytes / 1000)} | ${n1(h.classBytes / 1000)} | ${route ? (same ? 'yes' : `no (${h.scripts.length} in the HTML, ${route.files.length} in the manifest)`) : '—'} |`,
    );
  }
  const htmlBytes = Object.fromEntries(html.map((h) => [h.route, h.bytes]));
  const verdicts: Verdict[] = [...jsVerdicts(routes, budgets), ...htmlVerdicts(htmlBytes, budgets)];
  say();
  say("## Budgets (scripts/bench/budgets.json, enforced by .ci/run) and the issue's targets");
  say();
  say('```');
  for (const v of verdicts) say(verdictLine(v));
  say('```');

  // ---- Sequential log-ins at 1,000 accounts (the p50 the 100,000-account figure is compared with).
  const sequential1k = await load({
    kind: 'login-action',
    baseURL: server.baseURL,
    hidden: loginHidden,
    accounts: { from: 0, to: FIRST_ACCOUNTS },
    password: PASSWORD,
    connections: 1,
    count: ROUNDS,
  });

  // ---- Pages.
  const hello = fork(path.join(__dirname, 'hello-server.mjs'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const helloPort = await new Promise<number>((resolve) => hello.once('message', (m: { port: number }) => resolve(m.port)));
  const pageRows: { label: string; r: LoadResult; rss?: number }[] = [];
  const bare = await load({ kind: 'get', url: `http://127.0.0.1:${helloPort}/`, connections: IN_FLIGHT, seconds: SECONDS });
  hello.kill('SIGTERM');
  pageRows.push({ label: 'reference: bare node:http, 1 KB page (another process)', r: bare });
  pageRows.push({
    label: 'reference: /api/health (this server, no page)',
    r: await load({ kind: 'get', url: `${server.baseURL}/api/health`, connections: IN_FLIGHT, seconds: SECONDS }),
    rss: server.rssMB(),
  });
  for (const page of ['/', '/daftar', '/bantuan']) {
    const r = await load({ kind: 'get', url: `${server.baseURL}${page}`, connections: IN_FLIGHT, seconds: SECONDS });
    pageRows.push({ label: page, r, rss: server.rssMB() });
    rss.push([`after ${page}`, server.rssMB()]);
  }
  const dashboard = await load({
    kind: 'get',
    url: `${server.baseURL}/dashboard`,
    headers: { cookie },
    connections: IN_FLIGHT,
    seconds: SECONDS,
  });
  pageRows.push({ label: '/dashboard (signed in)', r: dashboard, rss: server.rssMB() });
  rss.push(['after /dashboard', server.rssMB()]);
  const rateOf = (label: string) => pageRows.find((p) => p.label === label)!.r.rate;
  say();
  say(`## Pages: requests/s at ${IN_FLIGHT} in flight for ${SECONDS} s`);
  say();
  say('| page | requests/s | ÷ bare node:http | p50 ms | p99 ms | server RSS after, MB |');
  say('|---|---|---|---|---|---|');
  for (const { label, r, rss: mb } of pageRows)
    say(
      `| ${label}${failuresOf(r)} | ${n1(r.rate)} | ${(r.rate / bare.rate).toFixed(3)} | ${n1(r.p50)} | ${n1(r.p99)} | ${mb === undefined ? '—' : n0(mb)} |`,
    );

  // ---- The reference: bare Argon2id with the application's parameters, measured right before the log-in loads
  // (the server idle meanwhile), so that a change in the machine's other load falls on both alike.
  const hash = await hashSecret(PASSWORD);
  console.log('Bare Argon2id …');
  const argon = await inChild<{
    verifyMs: number;
    verifyCpuMs: number;
    verifyRate: number;
    hashRate: number;
    options: Record<string, number>;
  }>('argon-pool.mjs', { hash, password: PASSWORD, workers: IN_FLIGHT, seconds: SECONDS });
  const verifyAtLoadMs = (IN_FLIGHT / argon.verifyRate) * 1000;
  say();
  say('## Reference: bare Argon2id, same parameters, same run');
  say();
  say('```');
  say(`parameters: m=${argon.options.memoryCost} KiB, t=${argon.options.timeCost}, p=${argon.options.parallelism} (lib/crypto/argon.ts)`);
  say(`one verify, unloaded:  ${n1(argon.verifyMs)} ms wall, ${n1(argon.verifyCpuMs)} ms CPU`);
  say(
    `verify rate, ${IN_FLIGHT} worker threads: ${n1(argon.verifyRate)}/s (one verify at that load: ${n0(verifyAtLoadMs)} ms); hash rate: ${n1(argon.hashRate)}/s`,
  );
  say('```');

  // ---- Log-in under load: the server action, then Auth.js's callback route.
  const hashBound: { label: string; r: LoadResult; cpuPerMs: number; reference: number; rss: number }[] = [];
  const measured = async (label: string, job: LoadJob, reference: number) => {
    const before = server.cpuMs();
    const r = await load(job);
    const cpuPerMs = (server.cpuMs() - before) / Math.max(1, r.ok);
    hashBound.push({ label, r, cpuPerMs, reference, rss: server.rssMB() });
    rss.push([`after ${label}`, server.rssMB()]);
  };
  const accounts = { from: 0, to: FIRST_ACCOUNTS };
  await measured(
    'log-in, LOG MASUK server action (POST /)',
    {
      kind: 'login-action',
      baseURL: server.baseURL,
      hidden: loginHidden,
      accounts,
      password: PASSWORD,
      connections: IN_FLIGHT,
      seconds: SECONDS,
    },
    argon.verifyRate,
  );
  await measured(
    'log-in, Auth.js callback (GET csrf + POST)',
    { kind: 'login-callback', baseURL: server.baseURL, accounts, password: PASSWORD, connections: IN_FLIGHT, seconds: SECONDS },
    argon.verifyRate,
  );

  // ---- Registration under load (each queues an e-mail the outbox sends meanwhile).
  const mailBefore = mail.messages.length;
  const registerHidden = [...(await formFields(new Client(server.baseURL), '/daftar?jenis=individu', 'mykad'))];
  await measured(
    'registration, Daftar Individu form (POST)',
    {
      kind: 'register',
      baseURL: server.baseURL,
      hidden: registerHidden,
      startIndex: 0,
      tag: started.getTime().toString(36),
      captcha: CAPTCHA,
      connections: IN_FLIGHT,
      seconds: SECONDS,
    },
    argon.hashRate,
  );
  const registered = hashBound.at(-1)!.r.ok;
  const mailWait = performance.now();
  while (mail.messages.length - mailBefore < registered && performance.now() - mailWait < 180_000)
    await new Promise((r) => setTimeout(r, 100));
  const registrationMails = mail.messages.length - mailBefore;
  const registrationMailSeconds = (performance.now() - mailWait) / 1000;

  say();
  say(`## Log-in and registration at ${IN_FLIGHT} in flight for ${SECONDS} s, beside bare Argon2id`);
  say();
  say(
    '| path | per second | ratio to bare Argon2id | p50 ms | p99 ms | p99 ÷ one verify at load | server CPU per request ms | of which outside Argon2 ms | RSS after MB |',
  );
  say('|---|---|---|---|---|---|---|---|---|');
  for (const { label, r, cpuPerMs, reference, rss: mb } of hashBound) {
    say(
      `| ${label}${failuresOf(r)} | ${n1(r.rate)} | ${(r.rate / reference).toFixed(2)} (bare ${n1(reference)}/s) | ${n0(r.p50)} | ${n0(r.p99)} | ${(r.p99 / verifyAtLoadMs).toFixed(1)} | ${n1(cpuPerMs)} | ${n1(cpuPerMs - argon.verifyCpuMs)} | ${n0(mb)} |`,
    );
  }
  say();
  say(
    `Registration's reference is the bare hash rate (it hashes a generated password); log-in's the bare verify rate. "Outside Argon2" = server CPU during the load ÷ successes − one verify's CPU (${n1(argon.verifyCpuMs)} ms). Registration e-mails delivered: ${registrationMails} of ${registered} (${n1(registrationMailSeconds)} s after the load).`,
  );
  await server.stop();
  const projectRss = Math.max(...rss.map(([, mb]) => mb));

  // ---- The issue's reference: a plain Next.js + Auth.js credentials starter (scripts/bench/starter) on the same
  // database and accounts, under the same loads; PostgreSQL only (a PGlite folder opens in one process at a time).
  const starter = database.kind === 'PostgreSQL' ? await measureStarter(database.url, argon.verifyRate) : undefined;
  if (starter) {
    say();
    say(`## Reference: a plain Next.js + Auth.js v5 credentials starter, same packages, same database, same loads`);
    say();
    say('| page or path | per second | ÷ bare node:http | p50 ms | p99 ms | RSS after MB | this project |');
    say('|---|---|---|---|---|---|---|');
    const project: Record<string, string> = {
      '/ (reads the session)': `/ ${n1(rateOf('/'))}/s`,
      '/about (static)': `/bantuan ${n1(rateOf('/bantuan'))}/s`,
      '/me (signed in)': `/dashboard ${n1(rateOf('/dashboard (signed in)'))}/s`,
      'log-in, server action (POST /)': `${n1(hashBound[0]!.r.rate)}/s, p99 ${n0(hashBound[0]!.r.p99)} ms`,
    };
    for (const { label, r, rss: mb } of starter.rows)
      say(
        `| ${label}${failuresOf(r)} | ${n1(r.rate)} | ${(r.rate / bare.rate).toFixed(3)} | ${n1(r.p50)} | ${n1(r.p99)} | ${n0(mb)} | ${project[label] ?? '—'} |`,
      );
    say();
    say(
      `Starter: home HTML ${n1(starter.homeBytes / 1000)} KB; log-in ${(starter.rows.at(-1)!.r.rate / argon.verifyRate).toFixed(2)} × bare Argon2id, server CPU per log-in ${n1(starter.cpuPerLogIn)} ms (${n1(starter.cpuPerLogIn - argon.verifyCpuMs)} outside Argon2); RSS at most ${n0(starter.rss)} MB; this project's at most ${n0(projectRss)} MB over the same loads and its registration load besides (the starter has no registration).`,
    );
  }

  // ---- The outbox draining EMAILS queued messages, beside the fake Resend's own rate.
  console.log(`Queueing ${EMAILS} e-mails …`);
  seed(database.url, mail.url, 'emails', String(EMAILS));
  const base = mail.messages.length;
  const arrivals: number[] = [];
  let watching = true;
  const watch = (async () => {
    while (watching && arrivals.length < EMAILS) {
      while (mail.messages.length - base > arrivals.length) arrivals.push(performance.now());
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const serverStart = performance.now();
  server = cleanup.server = await startServer(database.url, mail.url);
  const drainDeadline = performance.now() + Math.max(120_000, EMAILS * 500);
  while (arrivals.length < EMAILS && performance.now() < drainDeadline) await new Promise((r) => setTimeout(r, 50));
  watching = false;
  await watch;
  const drained = arrivals.length;
  const drainRate = drained > 1 ? (drained - 1) / ((arrivals.at(-1)! - arrivals[0]!) / 1000) : 0;
  rss.push([`after the outbox sent ${drained} e-mails`, server.rssMB()]);
  const sample = mail.messages[base]!.body;
  const fakeDirect = await load({
    kind: 'post',
    url: `${mail.url}/emails`,
    headers: { authorization: 'Bearer re_bench', 'content-type': 'application/json' },
    body: JSON.stringify(sample),
    connections: 1,
    count: EMAILS,
  });
  say();
  say(`## Outbox: ${EMAILS} queued e-mails to the fake Resend`);
  say();
  say('```');
  say(
    `outbox delivered ${drained} of ${EMAILS}: ${n1(drainRate)} e-mails/s from the first to the last (first after ${n1((arrivals[0]! - serverStart) / 1000)} s of the server's start)`,
  );
  say(
    `reference: the fake's own rate, ${EMAILS} direct POSTs of the same message one at a time (as the outbox sends): ${n1(fakeDirect.rate)}/s, p50 ${n1(fakeDirect.p50)} ms`,
  );
  say(`ratio ${(drainRate / fakeDirect.rate).toFixed(2)}; message ${n1(Buffer.byteLength(JSON.stringify(sample)) / 1000)} KB`);
  say('```');
  await server.stop();

  // ---- ACCOUNTS accounts: Pengguna's search, and the log-in p50 again.
  console.log(`Seeding up to ${ACCOUNTS} accounts …`);
  const seeded = seed(database.url, mail.url, 'accounts', String(FIRST_ACCOUNTS), String(ACCOUNTS), PASSWORD);
  const search = seed(database.url, mail.url, 'search', String(Math.max(ROUNDS, 100))) as Record<string, { p50: number; p95: number }> & {
    accounts: number;
  };
  server = cleanup.server = await startServer(database.url, mail.url);
  for (let i = 0; i < 3; i += 1) await htmlWeight(server.baseURL, '/');
  await load({
    kind: 'login-action',
    baseURL: server.baseURL,
    hidden: loginHidden,
    accounts: { from: 0, to: ACCOUNTS },
    password: PASSWORD,
    connections: 1,
    count: 10,
  });
  const sequentialBig = await load({
    kind: 'login-action',
    baseURL: server.baseURL,
    hidden: loginHidden,
    accounts: { from: 0, to: ACCOUNTS },
    password: PASSWORD,
    connections: 1,
    count: ROUNDS,
  });
  rss.push([`after ${ROUNDS} log-ins at ${n0(search.accounts)} accounts`, server.rssMB()]);
  await server.stop();
  say();
  say(`## Growth: ${n0(FIRST_ACCOUNTS)} and ${n0(search.accounts)} accounts`);
  say();
  say('```');
  say(
    `log-in p50, one at a time, ${ROUNDS} log-ins: ${n1(sequential1k.p50)} ms at ${n0(FIRST_ACCOUNTS)} accounts, ${n1(sequentialBig.p50)} ms at ${n0(search.accounts)}: ratio ${(sequentialBig.p50 / sequential1k.p50).toFixed(2)}${failuresOf(sequential1k)}${failuresOf(sequentialBig)}`,
  );
  say(
    `  (one verify unloaded: ${n1(argon.verifyMs)} ms; seeding ${n0(Number(seeded.seeded))} accounts took ${n1(Number(seeded.seconds))} s)`,
  );
  say(`Pengguna search (lib/admin/account-search.ts searchAccounts), ${search.accounts.toLocaleString('en-US')} accounts, p50 / p95 ms:`);
  for (const kind of ['name', 'id', 'email'] as const)
    say(`  by ${kind.padEnd(5)} ${n1(search[kind]!.p50).padStart(7)} / ${n1(search[kind]!.p95).padStart(7)}`);
  say(`  reference: a primary-key read on the same connection: ${n1(search.reference!.p50)} / ${n1(search.reference!.p95)}`);
  say('```');

  // ---- The issue's targets (item 2), each with what this run measured.
  const action = hashBound[0]!;
  const target = (what: string, measuredText: string, met: boolean) =>
    say(`| ${what} | ${measuredText} | ${met ? 'met' : 'not yet met'} |`);
  say();
  say('## Targets of issue 11 item 2');
  say();
  say(
    "Requests/s targets are for the 2-core machines the issue measured on, quiet; the ratios hold on any machine. Each page target is also read against this run's starter, as the issue set it against its own (its starter: home 213–251/s, /about 1,312–2,013, /me 125–140).",
  );
  say();
  say('| target | this run | |');
  say('|---|---|---|');
  target(
    'log-in ≥ 0.6 × bare Argon2id verify rate (0.75 the aim)',
    (action.r.rate / argon.verifyRate).toFixed(2),
    action.r.rate / argon.verifyRate >= 0.6,
  );
  target(
    'log-in p99 ≤ 4 × one verify at that load',
    `${n0(action.r.p99)} ms ≤ ${n0(4 * verifyAtLoadMs)} ms`,
    action.r.p99 <= 4 * verifyAtLoadMs,
  );
  // The issue set its requests/s targets beside its starter's figures on its machine. On another machine (or the same
  // one busier) the absolute figures move; the starter of this run moves with them, so each target is also judged
  // as a multiple of the starter's figure, at the issue's lowest starter figure (the strictest reading).
  const pageTarget = (what: string, label: string, goal: number, starterLabel: string, issueStarter: number) => {
    const rate = rateOf(label);
    const r = starter?.rows.find((row) => row.label === starterLabel)?.r.rate;
    const needed = goal / issueStarter;
    const scaled =
      r === undefined
        ? ''
        : `; ${(rate / r).toFixed(2)} × the starter's ${starterLabel} (${n1(r)}/s), needed ${needed.toFixed(2)} × (${goal} ÷ the issue's ${issueStarter})`;
    const met = rate >= goal ? 'met' : r !== undefined && rate / r >= needed ? "met on this run's starter scale" : 'not yet met';
    say(`| ${what} | ${n1(rate)}/s${scaled} | ${met} |`);
  };
  pageTarget('home ≥ 300 requests/s', '/', 300, '/ (reads the session)', 213);
  pageTarget('content page (/bantuan) ≥ 250 requests/s', '/bantuan', 250, '/about (static)', 1312);
  pageTarget('signed-in /dashboard ≥ 150 requests/s', '/dashboard (signed in)', 150, '/me (signed in)', 125);
  const home = html.find((h) => h.route === '/')!;
  target('home HTML ≤ 25 KB', `${n1(home.bytes / 1000)} KB`, home.bytes <= 25_000);
  const heaviest = routes.filter((r) => r.group === 'public').sort((a, b) => b.gzipBytes - a.gzipBytes)[0]!;
  target(
    'first-load JS ≤ 180 KiB gzipped on every public page',
    `${n1(heaviest.gzipBytes / 1024)} KiB (${heaviest.route}, the heaviest)`,
    heaviest.gzipBytes <= 180 * 1024,
  );
  if (starter)
    target(
      "server RSS after the loads ≤ 1.2 × the plain starter's",
      `${n0(projectRss)} MB ÷ ${n0(starter.rss)} MB = ${(projectRss / starter.rss).toFixed(2)}`,
      projectRss <= 1.2 * starter.rss,
    );
  else
    say(
      `| server RSS after the loads ≤ 1.2 × a plain starter's | ${n0(projectRss)} MB at most (the starter runs on PostgreSQL only) | — |`,
    );

  say();
  say('## Server memory (RSS, MB)');
  say();
  say('| when | RSS MB |');
  say('|---|---|');
  for (const [when, mb] of rss) say(`| ${when} | ${n0(mb)} |`);

  say();
  say('## How to read this');
  say();
  say(
    "- Every figure has its reference from the same run: compare ratios across machines, not absolute figures. The issue's targets (issue 11 item 2) are ratios or sizes: log-in throughput ≥ 0.6 × the bare Argon2id verify rate, p99 ≤ 4 × one verify at that load; home ≥ 300 requests/s, content pages ≥ 250, signed-in dashboard ≥ 150 (on the 2-core machines the issue measured); home HTML ≤ 25 KB; first-load JS ≤ 180 KiB on every public page; RSS ≤ 1.2 × a plain starter's.",
  );
  say(
    '- The server the bench starts raises the per-address throttles (LOGIN_RATE_PER_MINUTE and the registration and recovery ones): every request comes from 127.0.0.1. The defaults stay in force everywhere else; nothing else differs from `npm start`.',
  );
  say(
    '- The load generator is scripts/bench/load-generator.mjs (Node fetch, keep-alive) in its own process, standing in for autocannon: on 2 cores it takes CPU from the server as any local generator would.',
  );
  say('- Accounts are seeded directly (scripts/bench/seed.ts): one Argon2id hash reused for every row, every first-log-in step done.');
  // Formatted as the repository's other Markdown is, so .ci/run's format check passes on the file as written.
  await writeMarkdown(OUTPUT, lines);
  console.log(`\nWritten to ${path.relative(ROOT, OUTPUT)}`);

  cleanup.server = undefined;
  await mail.close();
  await database.drop();
  if (verdicts.some((v) => v.over)) process.exitCode = 1;
}

/**
 * The starter under the loads the project had: its home (which reads the session), its static /about, its signed-in
 * /me, and its log-in server action; server RSS after each, and its CPU per log-in.
 */
async function measureStarter(databaseUrl: string, verifyRate: number) {
  buildStarter();
  const starter = (cleanup.server = await startStarter(databaseUrl));
  const { cookie, hidden } = await signIn(starter.baseURL, '990000000000', PASSWORD, starter.output, '/me');
  for (let i = 0; i < 5; i += 1) for (const page of ['/', '/about']) await htmlWeight(starter.baseURL, page);
  await htmlWeight(starter.baseURL, '/me', cookie);
  const homeBytes = (await htmlWeight(starter.baseURL, '/')).bytes;
  const login = {
    kind: 'login-action',
    baseURL: starter.baseURL,
    hidden,
    accounts: { from: 0, to: FIRST_ACCOUNTS },
    password: PASSWORD,
    landing: '/me',
  };
  await load({ ...login, connections: IN_FLIGHT, count: 4 * IN_FLIGHT });
  const rows: { label: string; r: LoadResult; rss: number }[] = [];
  const get = async (label: string, page: string, headers: Record<string, string> = {}) => {
    const r = await load({ kind: 'get', url: `${starter.baseURL}${page}`, headers, connections: IN_FLIGHT, seconds: SECONDS });
    rows.push({ label, r, rss: starter.rssMB() });
  };
  await get('/ (reads the session)', '/');
  await get('/about (static)', '/about');
  await get('/me (signed in)', '/me', { cookie });
  const before = starter.cpuMs();
  const r = await load({ ...login, connections: IN_FLIGHT, seconds: SECONDS });
  const cpuPerLogIn = (starter.cpuMs() - before) / Math.max(1, r.ok);
  rows.push({ label: 'log-in, server action (POST /)', r, rss: starter.rssMB() });
  await starter.stop();
  cleanup.server = undefined;
  console.log(`Starter: log-in ${(r.rate / verifyRate).toFixed(2)} × bare Argon2id`);
  return { rows, homeBytes, cpuPerLogIn, rss: Math.max(...rows.map((row) => row.rss)) };
}

main().catch(async (error) => {
  console.error(error);
  await cleanup.server?.stop().catch(() => {});
  for (const undo of cleanup.rest) await undo().catch(() => {});
  process.exit(1);
});

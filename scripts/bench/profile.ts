/**
 * `npm run bench:profile` — where a request's CPU goes (issue 11 item 2), from `node --cpu-prof`. Two loads:
 *
 * - PROFILE=log-in (the default): PROFILE_ACCOUNTS seeded accounts signing in through LOG MASUK's server action.
 *   Argon2 runs on threads of their own (lib/crypto/hash-pool.ts), so the event loop's busy time is the log-in's
 *   work outside Argon2. Written to docs/log-in-profile.md.
 * - PROFILE=dashboard: one signed-in account's /dashboard, the slowest page the bench measures. Written to
 *   docs/dashboard-profile.md.
 * - PROFILE=/a/path: an anonymous GET of that path (PROFILE=/api/health: what every request costs before any page).
 *   Written to PROFILE_OUTPUT, else docs/profile-<path>.md.
 *
 * Starts the production server (`node server.mjs`, the build in NEXT_DIST_DIR or .next) with `--cpu-prof`, runs the
 * load at 2 × cores in flight for BENCH_SECONDS (as `npm run bench` does), stops the server, and reads the event
 * loop's profile: only the samples taken during the load count (V8's profile clock and this process's
 * process.hrtime are the same monotonic clock). Prints it per request, by where the code lives and by function, and
 * writes the same to the file (PROFILE_OUTPUT).
 *
 *   npm run build && npm run bench:profile                      # PGlite
 *   DATABASE_URL=postgres://… PROFILE=dashboard npm run bench:profile   # a fresh database on that server, dropped after
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeResend } from '../../tools/fake-resend';
import { runLoad } from './lib/child';
import { writeMarkdown } from './lib/markdown';
import { signIn } from './lib/sign-in';
import { benchDatabase, seed, startServer } from './lib/server';

const ROOT = path.resolve(__dirname, '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ACCOUNTS = Number(process.env.PROFILE_ACCOUNTS ?? 1000);
const PAGE = process.env.PROFILE?.startsWith('/') ? process.env.PROFILE : undefined;
const TARGET = PAGE ? 'page' : process.env.PROFILE === 'dashboard' ? 'dashboard' : 'log-in';
const OUTPUT = path.resolve(
  ROOT,
  process.env.PROFILE_OUTPUT ??
    (PAGE ? `docs/profile-${PAGE.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.md` : `docs/${TARGET}-profile.md`),
);
const PAGE_LABEL = PAGE ? `GET ${PAGE}, anonymous` : 'GET /dashboard, signed in';
const CORES = os.availableParallelism();
const IN_FLIGHT = 2 * CORES;
const PASSWORD = 'Bench2026x';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const now = () => Number(process.hrtime.bigint() / 1000n); // µs, CLOCK_MONOTONIC, as V8's profile clock

/** Self time (µs) per profile node, counting only the samples taken between `from` and `to` (µs). */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<number, number> {
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) self.set(node, (self.get(node) ?? 0) + delta);
  });
  return self;
}

/** Where a function's code lives: a package, the app's server bundle, Node itself, or one of V8's own states. */
function placeOf({ functionName, url }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'Node.js internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] === 'next' ? 'next (its runtime: routing, React server rendering, server actions)' : pkg[1]!;
  // Turbopack names a chunk of one package after it: node_modules_drizzle-orm_…js, node_modules_@auth_core_…js.
  const chunk = /^node_modules_(@[^_]+_[^_]+|[^_]+)/.exec(path.basename(url));
  if (chunk) return `${chunk[1]!.replace(/^(@[^_]+)_/, '$1/')} (bundled)`;
  if (/\/server\/(chunks|app)\//.test(url)) return 'the app server bundle (our code, and libraries bundled with it)';
  if (url.endsWith('server.mjs') || url.includes('/lib/http/')) return 'server.mjs and its helpers';
  return path.relative(ROOT, url.replace(/^file:\/\//, ''));
}

const ms = (us: number) => (us / 1000).toFixed(2);
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

async function main() {
  const database = await benchDatabase();
  const mail = await startFakeResend();
  const profiles = mkdtempSync(path.join(os.tmpdir(), 'ecos-cpu-prof-'));
  const lines: string[] = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  try {
    // Migrated by a first start, seeded with the server stopped (PGlite: one process at a time).
    await (await startServer(database.url, mail.url)).stop();
    seed(database.url, mail.url, 'accounts', '0', String(ACCOUNTS), PASSWORD);
    const server = await startServer(database.url, mail.url, { LOG_LEVEL: 'warn' }, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
    const { cookie, hidden } = await signIn(server.baseURL, '990000000000', PASSWORD, server.output);
    const job =
      TARGET === 'log-in'
        ? {
            kind: 'login-action',
            baseURL: server.baseURL,
            hidden,
            accounts: { from: 0, to: ACCOUNTS },
            password: PASSWORD,
            connections: IN_FLIGHT,
          }
        : PAGE
          ? { kind: 'get', url: `${server.baseURL}${PAGE}`, connections: IN_FLIGHT }
          : { kind: 'get', url: `${server.baseURL}/dashboard`, headers: { cookie }, accounts: { from: 0, to: 1 }, connections: IN_FLIGHT };
    // A warm-up, so the profile's window holds no first-request compilation.
    await runLoad({ ...job, seconds: 3 });
    const cpuBefore = server.cpuMs();
    const from = now();
    const result = await runLoad({ ...job, seconds: SECONDS });
    const to = now();
    const processCpuMs = server.cpuMs() - cpuBefore;
    await server.stop();

    const file = readdirSync(profiles)
      .filter((name) => name.endsWith('.cpuprofile'))
      // CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile: thread 0 is the event loop.
      .find((name) => name.split('.')[4] === '0');
    if (!file) throw new Error(`no profile of the event loop in ${profiles}: ${readdirSync(profiles).join(', ')}`);
    const profile = JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = selfTimes(profile, from, to);

    const byPlace = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let busy = 0;
    for (const [id, us] of self) {
      const frame = nodes.get(id)!.callFrame;
      if (frame.functionName === '(idle)') continue;
      busy += us;
      const place = placeOf(frame);
      byPlace.set(place, (byPlace.get(place) ?? 0) + us);
      const name = `${frame.functionName || '(anonymous)'} — ${place === '(native)' || place.startsWith('(') ? place : `${path.basename(frame.url)}:${frame.lineNumber + 1}`}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    }
    const perRequest = (us: number) => ms(us / Math.max(1, result.ok));
    const unit = TARGET === 'log-in' ? 'log-in' : 'view';

    say(
      TARGET === 'log-in' ? '# Where a log-in spends its CPU outside Argon2' : `# Where a view of ${PAGE ?? '/dashboard'} spends its CPU`,
    );
    say();
    say(
      `Written by \`${TARGET === 'log-in' ? '' : 'PROFILE=dashboard '}npm run bench:profile\` (scripts/bench/profile.ts). Do not edit by hand: run it again.`,
    );
    say();
    say('```');
    say(
      `machine:  ${CORES} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${database.kind}; ${new Date().toISOString()}`,
    );
    say(
      `load:     ${TARGET === 'log-in' ? "LOG MASUK's server action (POST /)" : PAGE_LABEL}, ${IN_FLIGHT} in flight for ${SECONDS} s: ` +
        `${result.ok} ${TARGET === 'log-in' ? 'signed in' : 'answered 200'} (${result.rate.toFixed(1)}/s), ` +
        `${result.requests - result.ok} not, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms`,
    );
    say(
      `process:  ${perRequest(processCpuMs * 1000)} ms of CPU per ${unit}, every thread (/proc)${TARGET === 'log-in' ? ", Argon2's threads included" : ''}`,
    );
    say(
      `loop:     ${perRequest(busy)} ms per ${unit} on the event loop (profile samples in the load's window, idle excluded)` +
        `${TARGET === 'log-in' ? ': the work outside Argon2' : ''}; the loop was busy ${pct(busy, (to - from) * 1)} of the window`,
    );
    say('```');
    say();
    say(`## The event loop, per ${unit}, by where the code lives`);
    say();
    say(`| where | ms per ${unit} | share |`);
    say('|---|---|---|');
    for (const [place, us] of [...byPlace].sort((a, b) => b[1] - a[1])) say(`| ${place} | ${perRequest(us)} | ${pct(us, busy)} |`);
    say();
    say('## The 25 functions with the most self time');
    say();
    say(`| function — file:line | ms per ${unit} | share |`);
    say('|---|---|---|');
    for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
      say(`| ${name.replaceAll('|', '\\|')} | ${perRequest(us)} | ${pct(us, busy)} |`);
    say();
    say(
      '`(program)` is V8 outside JavaScript (the parser, compiled-code stubs, native bindings without a frame); ' +
        '`(garbage collector)` is the collector on the event loop. The production server bundle is minified: names ' +
        'there are the bundle’s, and a file:line points into `.next/server`.',
    );
    await writeMarkdown(OUTPUT, lines);
    console.log(`\nWritten to ${path.relative(ROOT, OUTPUT)}`);
  } finally {
    await mail.close();
    await database.drop();
    rmSync(profiles, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

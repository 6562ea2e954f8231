/**
 * The bench's load generator, run as its own process (child_process.fork from scripts/bench/run.ts) so that its
 * CPU is not the server's nor the bench's: `connections` requests in flight, each starting the next when it is
 * answered, for `seconds` (or until `count` requests), through Node's fetch (undici, keep-alive). Latency is
 * from the request's start to the end of its body. Receives one job as a message, answers with one result.
 *
 * Kinds: get (a page, optional cookie), login-action (LOG MASUK's server action, as a browser without JavaScript
 * posts it; `landing`: where a log-in ends, /dashboard unless set), login-callback (Auth.js's CSRF token, then its credentials callback), register (Daftar's form), post
 * (a fixed body, e.g. to the fake Resend). Stands in for autocannon until the project has it (issue 11).
 */
import { performance } from 'node:perf_hooks';

/** Same numbering as scripts/bench/seed.ts benchAccount. */
const accountId = (n) => `99${String(n).padStart(10, '0')}`;

/** A valid MyKad number (born 1985, Selangor) that no other i of this run gets: 3.36 million of them. */
function mykad(i) {
  const month = 1 + (i % 12);
  const day = 1 + (Math.floor(i / 12) % 28);
  const serial = Math.floor(i / 336) % 10_000;
  return `85${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}10${String(serial).padStart(4, '0')}`;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);

function formOf(hidden, values) {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  return body;
}

/** One request of the job; resolves to true when the answer is what success looks like, else a short reason. */
function requester(job) {
  const pick = (i) => job.accounts.from + ((i * 7919) % (job.accounts.to - job.accounts.from));
  switch (job.kind) {
    case 'get':
      return async () => {
        const response = await fetch(job.url, { headers: job.headers ?? {}, redirect: 'manual' });
        await response.arrayBuffer();
        return response.status === 200 || `status ${response.status}`;
      };
    case 'post':
      return async () => {
        const response = await fetch(job.url, { method: 'POST', headers: job.headers ?? {}, body: job.body });
        await response.arrayBuffer();
        return response.status === 200 || `status ${response.status}`;
      };
    case 'login-action':
      return async (i) => {
        const body = formOf(job.hidden, { loginId: accountId(pick(i)), password: job.password, terms: 'on' });
        const response = await fetch(`${job.baseURL}/`, { method: 'POST', body, headers: { origin: job.baseURL }, redirect: 'manual' });
        await response.arrayBuffer();
        const location = response.headers.get('location') ?? '';
        return (
          (response.status === 303 && location.endsWith(job.landing ?? '/dashboard')) || `status ${response.status} ${location}`.trim()
        );
      };
    case 'login-callback':
      return async (i) => {
        const csrf = await fetch(`${job.baseURL}/api/auth/csrf`);
        const { csrfToken } = await csrf.json();
        const cookie = csrf.headers
          .getSetCookie()
          .map((line) => line.split(';')[0])
          .join('; ');
        const response = await fetch(`${job.baseURL}/api/auth/callback/credentials`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
          body: new URLSearchParams({ csrfToken, loginId: accountId(pick(i)), password: job.password, terms: 'on' }).toString(),
          redirect: 'manual',
        });
        await response.arrayBuffer();
        const location = response.headers.get('location') ?? '';
        const signedIn = response.headers.getSetCookie().some((line) => /session-token=[^;]/.test(line));
        return (response.status === 302 && signedIn && !location.includes('error')) || `status ${response.status} ${location}`.trim();
      };
    case 'register':
      return async (i) => {
        const n = job.startIndex + i;
        const body = formOf(job.hidden, {
          name: 'Ali bin Abu',
          mykad: mykad(n),
          email: `daftar${n}.${job.tag}@contoh.com.my`,
          captcha_answer: job.captcha,
        });
        const response = await fetch(`${job.baseURL}/daftar?jenis=individu`, {
          method: 'POST',
          body,
          headers: { origin: job.baseURL },
          redirect: 'manual',
        });
        const text = await response.text();
        return (response.status === 200 && text.includes('Terima kasih kerana telah mendaftar.')) || `status ${response.status}`;
      };
    default:
      throw new Error(`unknown job kind ${job.kind}`);
  }
}

async function run(job) {
  const one = requester(job);
  const latencies = [];
  const failures = {};
  let next = 0;
  let requests = 0;
  const started = performance.now();
  const deadline = job.seconds ? started + job.seconds * 1000 : Infinity;
  const limit = job.count ?? Infinity;
  const worker = async () => {
    while (performance.now() < deadline && next < limit) {
      const i = next;
      next += 1;
      const at = performance.now();
      let outcome;
      try {
        outcome = await one(i);
      } catch (error) {
        outcome = `error ${error?.cause?.code ?? error?.code ?? error?.message ?? error}`;
      }
      requests += 1;
      if (outcome === true) latencies.push(performance.now() - at);
      else failures[outcome] = (failures[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    ok: latencies.length,
    failures,
    seconds,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

process.once('message', (job) => {
  run(job).then(
    (result) => process.send(result, () => process.exit(0)),
    (error) => process.send({ error: String(error?.stack ?? error) }, () => process.exit(1)),
  );
});

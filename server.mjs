/**
 * The production start (`npm start`, and `node server.mjs` in the standalone folder): Next.js's request handler
 * wrapped in a plain Node HTTP server, for two reasons.
 *
 * 1. Only here is the TCP peer of a request known. Next.js passes a client's X-Forwarded-For through as sent, so
 *    throttles and the audit log could otherwise be given any address a client likes. Every request gets the
 *    peer address in a header of our own, any copy the client sent removed first (lib/http/client-address.ts).
 * 2. A request id for each request (lib/http/request-context.mjs), in the answer's X-Request-Id and on every log
 *    line the request causes, and one `http.request` line per request with its route, status and time.
 * 3. A door in front of log-ins (lib/http/log-in-gate.mjs): past LOGIN_MAX_IN_FLIGHT log-ins at once, the next is
 *    answered 503 with Retry-After before Next.js does any work for it, so an overload cannot pile up.
 * 4. Graceful shutdown: on SIGTERM or SIGINT the server stops accepting connections and lets the requests in
 *    flight finish, while lib/server/shutdown.ts stops the outbox and closes the database, all within
 *    SHUTDOWN_GRACE_SECONDS; then the process exits (0 when everything finished in time, 1 otherwise). A second
 *    SIGINT (Ctrl-C twice) exits at once.
 *
 * 5. Memory: V8 lets the heap grow to up to four times what survived the last full collection before it collects
 *    again; under a load of pages that held about 300 MB for 55 MB live. Held to 1.5 times, the same loads stay
 *    under 200 MB at the same requests/s (docs/decisions/0009-heap-growth.md).
 *
 * The same file starts the checkout (next.config.mjs beside it) and the standalone folder (`output:
 * 'standalone'`: .next/standalone holds a copy of this file, and no next.config.mjs). There, the build's
 * configuration comes from .next/required-server-files.json, as in the server.js Next.js writes beside it (which
 * is not used: it lacks the peer address). Settings: PORT (3000), HOSTNAME (0.0.0.0), and those of the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { busyAnswer, isLogInRequest, logInGate, logInLimit } from './lib/http/log-in-gate.mjs';
import { PEER_ADDRESS_HEADER, PEER_ADDRESS_MARK } from './lib/http/peer-address.mjs';
import { chooseRequestId, markPrefetch, REQUEST_ID_HEADER, requestContextStore, routeOf } from './lib/http/request-context.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// Files read at run time (migrations, content) are found from the working directory: this folder, wherever the
// process was started from.
process.chdir(here);
process.env.NODE_ENV ??= 'production';
// Read by V8 at every full collection, so setting it here, before the application loads, holds for the whole run.
setFlagsFromString('--heap-growing-percent=50');
process.env[PEER_ADDRESS_MARK] = '1';

if (!existsSync(path.join(here, 'next.config.mjs')) && !process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {
  // The standalone folder: the configuration the build resolved, with the build folder relative to this one.
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const required = JSON.parse(readFileSync(path.join(here, distDir, 'required-server-files.json'), 'utf8'));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({ ...required.config, distDir: `./${distDir}` });
}
// After the configuration is chosen: Next.js reads it when loaded.
const { default: next } = await import('next');

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
// Next.js's name for itself, not the address listened on: the proxy's rewrites (proxy.ts) are addressed to the
// host Next.js gives the proxy's request, which is localhost, and are fetched as remote addresses unless the
// router's own URL names the same host.
const app = next({ dev: false, hostname: 'localhost', port, dir: here });
const handle = app.getRequestHandler();

await app.prepare();

let inFlight = 0;
let stopping = false;
const idle = new Set();

const requests = requestContextStore();
const logIns = logInGate(logInLimit());
const trustProxy = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) > 0;
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const logAt = LEVELS[process.env.LOG_LEVEL ?? 'info'] ?? LEVELS.info;

/** One line per request (issue 12 item 5): its id, the route with every value cut out, the status and the time. */
function logRequest(req, res, requestId, started) {
  // Build output and icons are many and say little: debug.
  const level = req.url?.startsWith('/_next/') ? 'debug' : 'info';
  if (LEVELS[level] < logAt) return;
  const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
  const line = { at: new Date().toISOString(), level, event: 'http.request', requestId, method: req.method, route: routeOf(req.url) };
  console.log(JSON.stringify({ ...line, status: res.statusCode, ms, ...(res.writableFinished ? {} : { aborted: true }) }));
}

const server = createServer((req, res) => {
  inFlight += 1;
  const started = process.hrtime.bigint();
  const requestId = chooseRequestId(req.headers[REQUEST_ID_HEADER], trustProxy);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.once('close', () => {
    inFlight -= 1;
    logRequest(req, res, requestId, started);
    if (inFlight === 0) for (const resolve of idle) resolve();
  });
  // A keep-alive connection that sends another request while the server stops is answered and then closed.
  if (stopping) res.setHeader('connection', 'close');
  // Node lower-cases header names, and a repeated header would arrive joined: deleting the one key removes
  // every copy the client sent.
  delete req.headers[PEER_ADDRESS_HEADER];
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  markPrefetch(req.headers);
  if (isLogInRequest(req.method, req.url)) {
    if (!logIns.enter()) {
      // A browser's form post without JavaScript gets a page; a script or React's action call, the text.
      const wantsPage = req.method === 'POST' && !req.headers['next-action'] && !req.url?.startsWith('/api/');
      busyAnswer(res, wantsPage);
      return;
    }
    res.once('close', () => logIns.leave());
  }
  // Everything the handler does for this request, and every log line it writes, runs with its id.
  requests.run({ requestId }, () => void handle(req, res));
});
server.listen(port, hostname, () => {
  console.log(JSON.stringify({ at: new Date().toISOString(), level: 'info', event: 'server.listening', hostname, port }));
});

/** Stops accepting connections; resolves true when every request in flight has finished before `deadline`. */
async function drainRequests(deadline) {
  server.close();
  server.closeIdleConnections();
  const done = new Promise((resolve) => {
    if (inFlight === 0) resolve();
    else idle.add(resolve);
  });
  let timer;
  const finished = await Promise.race([
    done.then(() => true),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    }),
  ]);
  clearTimeout(timer);
  // Keep-alive connections between requests, and past the deadline every connection still open.
  server.closeAllConnections();
  return finished;
}

async function stop(signal) {
  if (stopping) {
    if (signal === 'SIGINT') process.exit(1);
    return;
  }
  stopping = true;
  const shutdown = globalThis[Symbol.for('ecos.shutdown')];
  let clean;
  try {
    if (shutdown) {
      ({ clean } = await shutdown(signal, drainRequests));
    } else {
      // The application never finished starting: no database or outbox to stop.
      const grace = Number(process.env.SHUTDOWN_GRACE_SECONDS) || 10;
      clean = await drainRequests(Date.now() + grace * 1000);
    }
  } catch (error) {
    console.error(
      JSON.stringify({ at: new Date().toISOString(), level: 'error', event: 'server.stop_failed', error: String(error?.name) }),
    );
    clean = false;
  }
  process.exit(clean ? 0 : 1);
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

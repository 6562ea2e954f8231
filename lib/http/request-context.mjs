/**
 * The request id (issue 12 item 5): server.mjs gives every request one — the X-Request-Id a trusted proxy sent,
 * or a new UUID — answers with it, and runs the request's handler inside an AsyncLocalStorage holding it, so every
 * log line the request causes (lib/log/logger.ts) carries it. Plain .mjs: server.mjs imports it unbundled, the
 * application bundled; the storage lives on globalThis so that both copies share one.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const STORE = Symbol.for('ecos.requestContext');
// What a proxy's id may look like: long enough to be an id, nothing a log reader could mistake for markup or data.
const TRUSTED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The one AsyncLocalStorage of this process. */
export function requestContextStore() {
  globalThis[STORE] ??= new AsyncLocalStorage();
  return globalThis[STORE];
}

/** The id of the request this code runs for, or undefined outside one (start-up, the outbox timer). */
export function currentRequestId() {
  return requestContextStore().getStore()?.requestId;
}

/**
 * The incoming X-Request-Id only when a trusted proxy stands in front (TRUSTED_PROXY_HOPS > 0: it sets or
 * overwrites the header) and it has an id's shape; otherwise a new one, since a client could choose the header.
 */
export function chooseRequestId(incoming, trustProxy) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return trustProxy && typeof value === 'string' && TRUSTED_ID.test(value) ? value : randomUUID();
}

/**
 * The path as a log may hold it, by construction: each segment kept only when it is a lower-case word such as
 * `lupa-katalaluan`; anything else — a token, a MyKad number, an id, a file name — becomes `:param`, and the
 * query string is dropped. So no link token, id or e-mail in a path reaches the log.
 */
export function routeOf(url) {
  const pathname = String(url ?? '/').split(/[?#]/)[0] || '/';
  return pathname
    .split('/')
    .map((segment, i) => (i === 0 || segment === '' || /^_?[a-z][a-z-]{0,40}$/.test(segment) ? segment : ':param'))
    .join('/');
}

/**
 * Next.js strips its router headers (Next-Router-Prefetch among them) from the request before proxy.ts sees it,
 * so the proxy could not tell a link's prefetch from a page load: it read the session for each and, after an idle
 * session ended, cleared the cookie a form's kept answers are bound to (lib/forms/draft.ts) before the form was
 * sent. The start script says so in a header of its own instead, any copy a client sent removed first. (A client
 * that forges it only gets its page without the proxy's session refresh; the page's guard still decides.)
 */
export const PREFETCH_HEADER = 'x-ecos-prefetch';

/** Marks a prefetch in `headers` (Node's, lower-cased names) for the proxy. */
export function markPrefetch(headers) {
  delete headers[PREFETCH_HEADER];
  const purpose = String(headers['sec-purpose'] ?? headers.purpose ?? '');
  if (headers['next-router-prefetch'] !== undefined || /prefetch/i.test(purpose)) headers[PREFETCH_HEADER] = '1';
}

import { createHash } from 'node:crypto';
import ms from '../../messages/ms/common.json' with { type: 'json' };
import en from '../../messages/en/common.json' with { type: 'json' };
import { hashConcurrency } from '../crypto/hash-concurrency.mjs';

/**
 * The door in front of log-ins (issue 11 item 3, overload), kept by the start script (server.mjs) before Next.js
 * sees the request. A log-in costs an Argon2 hash, and past the rate the cores can hash, every extra one in flight
 * makes all of them slower until none is answered in time (measured: at twice the rate, 90 % of log-ins went
 * unanswered for 30 s). So at most LOGIN_MAX_IN_FLIGHT log-in requests are handled at once; the next is answered
 * 503 with Retry-After at once, for the price of a few header writes, and the server's time goes to the log-ins it
 * can finish and to everybody else's pages. The hash queue (lib/crypto/hash-queue.ts) still bounds the hashes.
 */
export const RETRY_AFTER_SECONDS = 2;

/** LOG MASUK's post (the home page's only form), and Auth.js's CSRF token and credentials callback. */
export function isLogInRequest(method, url) {
  const pathname = String(url ?? '').split('?')[0];
  if (method === 'GET') return pathname === '/api/auth/csrf';
  return method === 'POST' && (pathname === '/' || pathname === '/api/auth/callback/credentials');
}

/**
 * The default, twice the hashes that can run at once: measured at twice the hash-bound rate (tests/reliability/
 * overload.spec.ts), five times let the log-ins' other work push the public pages' p99 to 540 ms; twice kept it
 * at 150 ms and signed in as many per second as an unloaded server does.
 */
export function logInLimit(env = process.env) {
  const set = Number(env.LOGIN_MAX_IN_FLIGHT);
  if (Number.isSafeInteger(set) && set > 0) return set;
  return hashConcurrency(env.HASH_CONCURRENCY) * 2;
}

export function logInGate(limit) {
  let inFlight = 0;
  return {
    /** True when the request may go on; then `leave` must be called once when it has finished. */
    enter() {
      if (inFlight >= limit) return false;
      inFlight += 1;
      return true;
    },
    leave() {
      inFlight -= 1;
    },
    get inFlight() {
      return inFlight;
    },
  };
}

// The page's one style, allowed by its hash: no script, nothing else (the 413 page of lib/http/post-guard.ts looks
// the same, with the request's nonce instead, which this door answers before any is made).
const STYLE =
  'body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#18181b}' +
  'main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}h1,h2{font-size:1.5rem;line-height:1.3}' +
  'a{color:#1d4ed8;font-weight:600}a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}' +
  '[lang=en]{margin-top:2rem;padding-left:1rem;border-left:4px solid #e4e4e7}';
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** 503 with Retry-After, in Malay then English: a page for a form posted without JavaScript, text otherwise. */
export function busyAnswer(res, wantsPage) {
  const say = (t) => t.busy.replace('{seconds}', String(RETRY_AFTER_SECONDS));
  res.statusCode = 503;
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (!wantsPage) {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`${say(ms)} / ${say(en)}`);
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.end(
    '<!doctype html><html lang="ms"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<meta name="robots" content="noindex"><title>${ms.titlePrefixError}${say(ms)} — ECOS</title><style>${STYLE}</style></head>` +
      `<body><main><h1>${say(ms)}</h1><p><a href="/">LOG MASUK</a></p>` +
      `<div lang="en"><h2>${say(en)}</h2><p><a href="/">LOG MASUK</a></p></div></main></body></html>`,
  );
}

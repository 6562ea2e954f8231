import { env } from '@/lib/config/env';
import { currentRequestId } from '@/lib/http/request-context.mjs';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

// Keys whose values never reach a log line (requirements §0.3: no MyKad, e-mail, password or token in logs); "param"
// catches a query's parameters handed over in a plain object.
const REDACT = /pass|secret|token|answer|email|mykad|login_?id|captcha|authorization|cookie|param/i;

/** An error as it reaches a log line: what went wrong, never the data it went wrong with. */
export type LoggedError = { name: string; code?: string; message: string; cause?: LoggedError };

const MESSAGE_MAX = 500;
const CAUSE_DEPTH = 3;

// instanceof misses errors made in another realm (a VM context, a worker thread).
function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/**
 * A message with the data cut out. Drizzle's is "Failed query: <sql>\nparams: <values>", and the values are
 * what was typed — or an Argon2 hash; the statement, with its $1 placeholders, is kept.
 */
export function safeErrorMessage(message: string, code?: string): string {
  let text = message.split(/\bparams?\s*:/i)[0].trimEnd();
  // PostgreSQL's data exceptions (SQLSTATE class 22) quote the value they refused:
  // 'invalid input syntax for type uuid: "…"', 'value "…" is out of range for type integer'.
  if (code?.startsWith('22')) text = text.replace(/:\s[\s\S]*$/, '').replace(/"[^"]*"/g, '"…"');
  // A library's message may name a recipient.
  text = text.replace(/[^\s<>"'@]+@[^\s<>"',;]+/g, '[address]');
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
}

/**
 * Only a name, a code (a PostgreSQL SQLSTATE such as 23505, a system code such as ECONNREFUSED) and a safe
 * message are read, from the error and its causes. Everything else an error carries is left out by
 * construction: Drizzle's `params`, PostgreSQL's `detail` ("Key (email)=(…) already exists"), `where`,
 * `internalQuery`, postgres.js' `parameters`, PGlite's `params` on the cause.
 */
export function serialiseError(error: Error, depth = 0): LoggedError {
  const logged = describe(error);
  // A cause that is not an Error (a string, an object) could be anything, so it is not followed.
  if (isError(error.cause) && depth < CAUSE_DEPTH) logged.cause = serialiseError(error.cause, depth + 1);
  return logged;
}

function describe(error: Error): LoggedError {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(raw) ? raw : undefined;
  // Some subclasses (Drizzle's DrizzleQueryError) leave the name "Error"; their class says more.
  const own = typeof error.name === 'string' ? error.name : 'Error';
  const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
  const name = (own === 'Error' && typeof constructorName === 'string' && constructorName ? constructorName : own).slice(0, 100);
  return { name, ...(code ? { code } : {}), message: safeErrorMessage(String(error.message ?? ''), code) };
}

/** One line for a place that keeps text rather than a log field (the outbox's last error, say). */
export function errorSummary(error: unknown): string {
  if (!isError(error)) return typeof error === 'string' ? safeErrorMessage(error) : typeof error;
  const { name, code, message } = describe(error);
  return `${name}${code ? ` ${code}` : ''}: ${message}`;
}

function scrub(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isError(value)) return serialiseError(value);
  // Deeper than this, an object is not printed at all: JSON.stringify would show all its properties.
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, REDACT.test(k) ? '[redacted]' : scrub(v, depth + 1)]),
  );
}

function write(level: Level, event: string, fields?: Record<string, unknown>) {
  let threshold: Level | 'silent' = 'info';
  try {
    threshold = env().LOG_LEVEL;
  } catch {
    // Settings not valid yet: log anyway.
  }
  if (ORDER[level] < ORDER[threshold]) return;
  // The request this line belongs to (server.mjs), so an operator can follow one request through the log.
  const requestId = currentRequestId();
  const line = JSON.stringify({
    at: new Date().toISOString(),
    level,
    event,
    ...(requestId ? { requestId } : {}),
    ...(scrub(fields ?? {}) as object),
  });
  (level === 'error' || level === 'warn' ? console.error : console.log)(line);
}

/** Structured one-line JSON logs; fields that could hold personal data or secrets are redacted by name. */
export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields),
};

/** An Error that shows only what serialiseError keeps, with the original's stack frames (not its message). */
function withoutData(error: Error, depth = 0): Error {
  const logged = describe(error);
  const copy = new Error(logged.message);
  copy.name = logged.name;
  // The stack's first lines repeat the message, parameters and all; only the frames are kept.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  copy.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  const extra: { code?: string; digest?: string } = {};
  if (logged.code) extra.code = logged.code;
  // Next.js' digest is the reference the error page shows, so the log line can be found from it.
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest === 'string') extra.digest = digest.slice(0, 100);
  Object.assign(copy, extra);
  if (isError(error.cause) && depth < CAUSE_DEPTH) copy.cause = withoutData(error.cause, depth + 1);
  return copy;
}

/**
 * Next.js prints an error a page or an action throws with console.error, which shows every property of it
 * (a Drizzle error's parameters, its cause's). Installed once at start-up, this hands console.error and
 * console.warn a copy of each Error that holds only what serialiseError keeps; other arguments pass as they
 * are. Returns the undo, for tests.
 */
export function guardConsoleErrors(): () => void {
  const original = { error: console.error, warn: console.warn };
  const print = { error: original.error.bind(console), warn: original.warn.bind(console) };
  const guard =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) =>
      print(...args.map((arg) => (isError(arg) ? withoutData(arg) : arg)));
  console.error = guard(print.error);
  console.warn = guard(print.warn);
  return () => {
    console.error = original.error;
    console.warn = original.warn;
  };
}

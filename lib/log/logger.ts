import { env } from '@/lib/config/env';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

// Keys whose values never reach a log line (SPEC: no MyKad, e-mail, password or token in logs).
const REDACT = /pass|secret|token|answer|email|mykad|login_?id|captcha|authorization|cookie/i;

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: value.message };
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
  const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...(scrub(fields ?? {}) as object) });
  (level === 'error' || level === 'warn' ? console.error : console.log)(line);
}

/** Structured one-line JSON logs; fields that could hold personal data or secrets are redacted by name. */
export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields),
};

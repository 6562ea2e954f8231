import { z } from 'zod';
import { canonicalLoginId } from '@/lib/validation/login-id';
import { hasUnsafeCharacters } from '@/lib/validation/text-safety';
import { formatDateTimeMY } from '@/lib/i18n/format-date';

/**
 * Log Audit's filter (Pentadbiran, decision 0006): the page's GET form and the CSV export read the same query,
 * through this one schema. Pure (no database, no server code): the page, the route and the tests share it.
 */

/** Every action the portal writes, in the select's order; a label for each is in adminAudit.actions. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.lock',
  'auth.logout',
  'auth.logout_all',
  'auth.password_change',
  'auth.password_change_wrong',
  'auth.security_question_set',
  'account.registered',
  'account.replaced_expired_pending',
  'terms.accept',
  'terms.decline',
  'profile.saved',
  'profile.email_change_requested',
  'profile.email_change_password_wrong',
  'profile.email_changed',
  'profile.email_change_cancelled',
  'profile.email_change_withdrawn',
  'profile.email_change_undone',
  'recovery.request',
  'recovery.throttled',
  'recovery.link_sent',
  'recovery.link_opened',
  'recovery.link_refused',
  'recovery.answer_right',
  'recovery.answer_wrong',
  'recovery.password_reset',
  'recovery.locked_notice_sent',
  'mfa.enrolment_started',
  'mfa.enrolled',
  'mfa.verified',
  'mfa.failed',
  'mfa.recovery_code_used',
  'admin.created',
  'admin.refused',
  'admin.role_granted',
  'admin.role_revoked',
  'admin.second_factor_reset',
  'admin.account_locked',
  'admin.account_unlocked',
  'admin.recovery_link_sent',
  'admin.email_corrected',
  'admin.id_released',
  'admin.company_record_created',
  'admin.company_record_updated',
  'admin.company_email_updated',
  'admin.company_email_password_wrong',
  'admin.company_csv_imported',
  'admin.audit_exported',
] as const;

export type AuditFilterField = 'action' | 'actor' | 'target' | 'from' | 'to';

/** The filter as the query holds it (what the form shows back) and as the database reads it. */
export type AuditFilter = {
  action?: string;
  /** Canonical login ids (requirements §0.3), looked up to account ids by the caller. */
  actor?: string;
  target?: string;
  /** ISO dates (yyyy-mm-dd) in Malaysia time, as typed. */
  from?: string;
  to?: string;
  /** UTC bounds: from the start of `from` in Malaysia, to before the start of the day after `to`. */
  since?: Date;
  until?: Date;
};

export const AUDIT_PAGE_SIZE = 50;

/**
 * Malaysia has kept UTC+08:00 all year since 1982, with no daylight saving: a day there starts at 16:00 UTC the
 * day before. The log holds nothing older than the portal, so a fixed offset is exact here.
 */
const MALAYSIA_OFFSET = '+08:00';

/** The UTC instant a Malaysian calendar day starts, or null for a day that does not exist (2026-02-30). */
export function malaysiaDayStart(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (year < 2000 || year > 2999) return null;
  return new Date(`${isoDate}T00:00:00${MALAYSIA_OFFSET}`);
}

const DAY_MS = 24 * 3_600_000;
const K = 'adminAudit.filter.errors';

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((v) => v.trim())
    .refine((v) => !hasUnsafeCharacters(v), { message: `${K}.characters` })
    .refine((v) => v.length <= max, { message: `${K}.tooLong` });

// A typed id that canonicalises to nothing ("---") is refused rather than read as no filter at all.
const loginIdFilter = optionalText(40)
  .refine((v) => v === '' || canonicalLoginId(v) !== '', { message: `${K}.loginId` })
  .transform((v) => canonicalLoginId(v));

const schema = z.object({
  action: z
    .string()
    .max(100)
    .refine((v) => v === '' || (AUDIT_ACTIONS as readonly string[]).includes(v), { message: `${K}.action` }),
  actor: loginIdFilter,
  target: loginIdFilter,
  from: optionalText(10).refine((v) => v === '' || malaysiaDayStart(v) !== null, { message: `${K}.date` }),
  to: optionalText(10).refine((v) => v === '' || malaysiaDayStart(v) !== null, { message: `${K}.date` }),
});

export type AuditQuery = Record<string, string | string[] | undefined>;

export type ParsedAuditFilter =
  | { ok: true; filter: AuditFilter; cursor?: string }
  | { ok: false; values: Partial<Record<AuditFilterField, string>>; errors: Partial<Record<AuditFilterField, string>> };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * The query of /admin/log-audit (and of its export) as a filter. A login id is canonicalised ("880101-01-1234"
 * and "880101011234" find the same account); a date range in Malaysia time becomes UTC bounds, `to` inclusive.
 * `sebelum` is the keyset cursor of the next page (an audit row id).
 */
export function parseAuditQuery(query: AuditQuery): ParsedAuditFilter {
  const raw = {
    action: first(query.action),
    actor: first(query.actor),
    target: first(query.target),
    from: first(query.from),
    to: first(query.to),
  };
  const result = schema.safeParse(raw);
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.slice(0, 100)])) as Record<AuditFilterField, string>;
  if (!result.success) {
    const errors: Partial<Record<AuditFilterField, string>> = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0] as AuditFilterField;
      errors[field] ??= issue.message.startsWith(K) ? issue.message : `${K}.invalid`;
    }
    return { ok: false, values, errors };
  }
  const v = result.data;
  const since = v.from ? malaysiaDayStart(v.from)! : undefined;
  const until = v.to ? new Date(malaysiaDayStart(v.to)!.getTime() + DAY_MS) : undefined;
  if (since && until && since >= until) return { ok: false, values, errors: { to: `${K}.order` } };
  const filter: AuditFilter = {};
  if (v.action) filter.action = v.action;
  if (v.actor) filter.actor = v.actor;
  if (v.target) filter.target = v.target;
  if (v.from) filter.from = v.from;
  if (v.to) filter.to = v.to;
  if (since) filter.since = since;
  if (until) filter.until = until;
  const cursor = first(query.sebelum);
  return { ok: true, filter, ...(/^[1-9]\d{0,17}$/.test(cursor) ? { cursor } : {}) };
}

/** The filter back as a query string (the form's fields only), for links to the next page and to the export. */
export function auditQueryString(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'actor', 'target', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter as an audit row's details (admin.audit_exported): what was asked for, nothing else. */
export function filterDetails(filter: AuditFilter): Record<string, string> {
  const details: Record<string, string> = {};
  for (const key of ['action', 'actor', 'target', 'from', 'to'] as const) {
    if (filter[key]) details[key] = filter[key];
  }
  return details;
}

/** Keys whose value could be a secret if some future caller put one there: never shown, never exported. */
const SECRET_KEY = /pass|hash|token|secret|otp|totp|answer|code|key|seal|cookie|jwt/i;
const VALUE_MAX = 80;
const SUMMARY_MAX = 300;

function clean(text: string): string {
  // Controls (a CR or LF in a note) would break a line of the table or of the CSV.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

// A moment the writers stored as an ISO string (lockedUntil, expiresAt): shown in Malaysia time, as the table's
// time column is, so an officer never has to add eight hours in their head.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return ISO_MOMENT.test(value) && !Number.isNaN(Date.parse(value)) ? formatDateTimeMY(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return JSON.stringify(value);
}

/**
 * An audit row's details in one line, "key: value; …": each value cut at 80 characters, the whole at 300,
 * and any key that sounds like a secret left out (the writers never put one there; this is the second fence).
 */
export function summariseDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details || typeof details !== 'object') return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (SECRET_KEY.test(key)) continue;
    let text = clean(valueText(value));
    if (text.length > VALUE_MAX) text = `${text.slice(0, VALUE_MAX - 1)}…`;
    parts.push(`${clean(key)}: ${text}`);
  }
  const line = parts.join('; ');
  return line.length > SUMMARY_MAX ? `${line.slice(0, SUMMARY_MAX - 1)}…` : line;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break. A cell that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a CR) gets a leading apostrophe first (OWASP CSV injection).
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

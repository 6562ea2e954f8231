import 'server-only';
import { getDb } from '@/db';
import { currentRole } from '@/db/queries/admin-users';
import {
  getCompanyRecord,
  insertCompanyRecord,
  otherCompanyRecordWithSsm,
  updateCompanyRecordAtVersion,
  type CompanyRecordRow,
  type CompanyRecordInput,
  type CompanyRecordSearch,
} from '@/db/queries/company-records';
import { findUserForLogin, getUserSummary } from '@/db/queries/users';
import { maskEmail } from '@/lib/accounts/profile/email-change';
import { recordAudit } from '@/lib/audit/record';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { verifySecret } from '@/lib/crypto/argon';
import type { FieldErrors } from '@/lib/forms/form-state';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { parseSsm } from '@/lib/validation/ssm';
import { textProblem } from '@/lib/validation/text-safety';
import type { OfficerActor } from './account-lock';
import { importDecision, readCompanyCsv, validateCompanyRow, type CompanyField } from './company-csv';
import { REPORT_ROWS_SHOWN, type ImportReport } from './company-form-state';
import { importCompanyRecords } from './import-company-records';

/**
 * Rekod Syarikat (issue 10, decision 0006): add, edit, change the e-mail of and import the ST records a
 * company's registration is compared with (requirements §1.5). Every form is checked by the CSV's own row
 * rule (validateCompanyRow), so a record typed in is held to what an imported one is. Every change is one
 * transaction with its audit row; an edit names the version it read and is refused if another came first.
 */

export type CompanyFormValues = Record<CompanyField, string>;
/** Longer than any field allows: checked before the rules so a megabyte of text costs nothing. */
export const FORM_VALUE_MAX = 400;

export function formValues(raw: Partial<Record<CompanyField, unknown>>): CompanyFormValues {
  const value = (v: unknown) => (typeof v === 'string' ? v.slice(0, FORM_VALUE_MAX + 1) : '');
  return {
    ssmNew: value(raw.ssmNew),
    ssmOld: value(raw.ssmOld),
    name: value(raw.name),
    email: value(raw.email),
    source: value(raw.source),
    fileNo: value(raw.fileNo),
  };
}

type Checked = { ok: true; record: CompanyRecordInput } | { ok: false; errors: FieldErrors<CompanyField> };

/** The row rule of the CSV import, on a form's values; each field's first problem beside that field. */
export function checkCompanyForm(values: CompanyFormValues, now = new Date()): Checked {
  const errors: FieldErrors<CompanyField> = {};
  for (const [field, value] of Object.entries(values) as [CompanyField, string][]) {
    if (value.length > FORM_VALUE_MAX) errors[field] = [{ key: 'adminCompanies.errors.tooLong' }];
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const result = validateCompanyRow(
    {
      ssm_new: values.ssmNew,
      ssm_old: values.ssmOld,
      name: values.name,
      email: values.email,
      source: values.source,
      file_no: values.fileNo,
    },
    now,
  );
  if (!result.ok) {
    for (const problem of result.problems) {
      const field = problem.field === 'row' ? 'ssmNew' : problem.field;
      if (!errors[field]) errors[field] = [{ key: problem.key, ...(problem.vars ? { vars: problem.vars } : {}) }];
    }
    return { ok: false, errors };
  }
  return { ok: true, record: result.record };
}

/** The search box: an SSM number (either form, with or without dashes) is matched exactly, anything else in part. */
export function companySearch(raw: string, now = new Date()): CompanyRecordSearch {
  const text = raw.trim().slice(0, 100);
  if (!text || textProblem(text)) return { kind: 'all' };
  const ssm = parseSsm(text, now);
  if (ssm.ok) return { kind: 'ssm', canonical: ssm.value };
  return { kind: 'text', text };
}

async function mayAct(executor: Parameters<typeof currentRole>[0], actor: OfficerActor): Promise<boolean> {
  const role = await currentRole(executor, actor.userId);
  return role === 'officer' || role === 'admin';
}

const numbersOf = (record: { ssmNew: string | null; ssmOld: string | null }) =>
  [record.ssmNew, record.ssmOld].filter((n): n is string => Boolean(n));

const ssmTaken = (record: { ssmNew: string | null }): FieldErrors<CompanyField> => ({
  [record.ssmNew ? 'ssmNew' : 'ssmOld']: [{ key: 'adminCompanies.errors.ssmTaken' }],
});

export type CreateResult =
  { ok: true; id: string } | { ok: false; reason: 'forbidden' } | { ok: false; reason: 'invalid'; errors: FieldErrors<CompanyField> };

export async function createCompanyRecord(actor: OfficerActor, values: CompanyFormValues, now = new Date()): Promise<CreateResult> {
  const checked = checkCompanyForm(values, now);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  const db = await getDb();
  return db.transaction(async (tx): Promise<CreateResult> => {
    if (!(await mayAct(tx, actor))) return { ok: false, reason: 'forbidden' };
    // The unique indexes decide (two officers adding one company at once make one record).
    const row = await insertCompanyRecord(tx, checked.record);
    if (!row) return { ok: false, reason: 'invalid', errors: ssmTaken(checked.record) };
    await recordAudit(tx, {
      action: 'admin.company_record_created',
      actorUserId: actor.userId,
      ip: actor.ip,
      details: { recordId: row.id, ssmNew: row.ssmNew, ssmOld: row.ssmOld, source: row.source },
    });
    return { ok: true, id: row.id };
  });
}

export type UpdateResult =
  | { ok: true; record: CompanyRecordRow }
  | { ok: false; reason: 'forbidden' | 'not_found' | 'conflict' }
  | { ok: false; reason: 'invalid'; errors: FieldErrors<CompanyField> };

/**
 * The details of a record (not its e-mail: updateCompanyEmail, with the officer's password). `version`:
 * the one the form was read at. Two officers saving the same version: one save, the other refused.
 */
export async function updateCompanyRecord(
  actor: OfficerActor,
  id: string,
  version: number,
  values: Omit<CompanyFormValues, 'email'>,
  now = new Date(),
): Promise<UpdateResult> {
  const db = await getDb();
  const current = await getCompanyRecord(db, id);
  if (!current) return { ok: false, reason: 'not_found' };
  // The e-mail on file goes through the row rule as it is, so the rule is the CSV's, whole. A record whose
  // e-mail the rule refuses (an old seed) has it corrected first, in its own form.
  const checked = checkCompanyForm({ ...values, email: current.email }, now);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  const { email: _unchanged, ...changes } = checked.record;
  return db.transaction(async (tx): Promise<UpdateResult> => {
    if (!(await mayAct(tx, actor))) return { ok: false, reason: 'forbidden' };
    if (await otherCompanyRecordWithSsm(tx, numbersOf(changes), id)) return { ok: false, reason: 'invalid', errors: ssmTaken(changes) };
    let row: CompanyRecordRow | null;
    try {
      row = await updateCompanyRecordAtVersion(tx, id, version, changes, now);
    } catch (error) {
      // A parallel save gave another record one of these numbers between the check and the update.
      if ((error as { code?: string }).code === '23505') return { ok: false, reason: 'invalid', errors: ssmTaken(changes) };
      throw error;
    }
    if (!row) return { ok: false, reason: (await getCompanyRecord(tx, id)) ? 'conflict' : 'not_found' };
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => current[k] !== changes[k]);
    await recordAudit(tx, {
      action: 'admin.company_record_updated',
      actorUserId: actor.userId,
      ip: actor.ip,
      details: {
        recordId: id,
        version: row.version,
        changed,
        before: Object.fromEntries(changed.map((k) => [k, current[k]])),
        after: Object.fromEntries(changed.map((k) => [k, changes[k]])),
      },
    });
    return { ok: true, record: row };
  });
}

export type EmailUpdateResult =
  | { ok: true; record: CompanyRecordRow }
  | { ok: false; reason: 'forbidden' | 'not_found' | 'conflict' }
  | { ok: false; reason: 'locked'; lockedUntil: Date }
  | { ok: false; reason: 'invalid'; errors: FieldErrors<'email' | 'password'> };

/**
 * The e-mail a company must register with (requirements §1.5, manual §3.0). Changing it hands the company's
 * registration to whoever reads the new mailbox, so the officer's own password is asked for again, checked
 * as LOG MASUK checks it (a wrong one counts in the same lockout). The company is told at both addresses,
 * in the transaction that makes the change; registration compares with the record, so from the commit on
 * only the new address is accepted.
 */
export async function updateCompanyEmail(
  actor: OfficerActor,
  input: { id: string; version: number; email: string; password: string },
  now = new Date(),
): Promise<EmailUpdateResult> {
  const db = await getDb();
  const current = await getCompanyRecord(db, input.id);
  if (!current) return { ok: false, reason: 'not_found' };

  const errors: FieldErrors<'email' | 'password'> = {};
  const checked = checkCompanyForm(
    {
      ssmNew: current.ssmNew ?? '',
      ssmOld: current.ssmOld ?? '',
      name: current.name,
      email: input.email.slice(0, FORM_VALUE_MAX + 1),
      source: current.source,
      fileNo: current.fileNo ?? '',
    },
    now,
  );
  const email = checked.ok ? checked.record.email : input.email.trim().toLowerCase();
  if (!checked.ok && checked.errors.email) errors.email = checked.errors.email;
  else if (email === current.email.toLowerCase()) errors.email = [{ key: 'adminCompanies.errors.emailUnchanged' }];

  // The password last, and only when all else is right: a typo in the address costs no attempt.
  if (!input.password) errors.password = [{ key: 'adminCompanies.errors.passwordRequired' }];
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };

  const summary = await getUserSummary(db, actor.userId);
  const officer = summary ? await findUserForLogin(db, summary.loginId) : undefined;
  if (!officer) return { ok: false, reason: 'forbidden' };
  const attempt = await guardedAttempt(
    db,
    { loginId: officer.loginId, account: officer, ip: actor.ip, now, failureAction: 'admin.company_email_password_wrong' },
    () => verifySecret(officer.passwordHash, input.password.slice(0, 200)),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  if (attempt.outcome === 'wrong')
    return { ok: false, reason: 'invalid', errors: { password: [{ key: 'adminCompanies.errors.passwordWrong' }] } };

  const result = await db.transaction(async (tx): Promise<EmailUpdateResult> => {
    if (!(await mayAct(tx, actor))) return { ok: false, reason: 'forbidden' };
    const row = await updateCompanyRecordAtVersion(tx, input.id, input.version, { email }, now);
    if (!row) return { ok: false, reason: (await getCompanyRecord(tx, input.id)) ? 'conflict' : 'not_found' };
    const props = {
      companyName: row.name,
      ssm: [row.ssmNew, row.ssmOld].filter(Boolean).join(' / '),
      newEmail: maskEmail(email),
      changedAt: now.toISOString(),
    };
    // The version read is the one the officer saw: `current.email` is what this save replaced.
    await enqueueEmail(tx, { template: 'company-email-updated', to: current.email, props: { ...props, recipient: 'old' } });
    await enqueueEmail(tx, { template: 'company-email-updated', to: email, props: { ...props, recipient: 'new' } });
    await recordAudit(tx, {
      action: 'admin.company_email_updated',
      actorUserId: actor.userId,
      ip: actor.ip,
      details: { recordId: row.id, version: row.version, from: current.email, to: email },
    });
    return { ok: true, record: row };
  });
  if (result.ok) void kickOutbox();
  return result;
}

export type CsvImportResult =
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'file'; problems: { key: string; vars?: Record<string, string | number> }[] }
  | { ok: true; report: ImportReport };

/**
 * A CSV file of records (issue 10): read and checked whole (company-csv.ts), then all or nothing — a file
 * with any rejected row imports nothing unless the officer chose to import the valid rows. What is written
 * is written in one transaction with its audit row (counts and the file's size).
 */
export async function importCompanyCsv(
  actor: OfficerActor,
  file: { bytes: Uint8Array; name: string },
  importValidRows: boolean,
  now = new Date(),
): Promise<CsvImportResult> {
  const read = readCompanyCsv(file.bytes, now);
  if (!read.ok) return { ok: false, reason: 'file', problems: read.problems };
  const report: ImportReport = {
    accepted: read.accepted.length,
    rejected: read.rejected.length,
    rejectedRows: read.rejected.slice(0, REPORT_ROWS_SHOWN),
    blocked: false,
  };
  const decision = importDecision(read, importValidRows);
  if (decision.blocked) return { ok: true, report: { ...report, blocked: true } };
  const db = await getDb();
  if (!(await mayAct(db, actor))) return { ok: false, reason: 'forbidden' };
  if (decision.rows.length === 0) return { ok: true, report: { ...report, imported: { inserted: 0, updated: 0 } } };
  const outcome = await importCompanyRecords(db, decision.rows, (tx, counts) =>
    recordAudit(tx, {
      action: 'admin.company_csv_imported',
      actorUserId: actor.userId,
      ip: actor.ip,
      details: {
        fileName: file.name.slice(0, 200),
        bytes: file.bytes.byteLength,
        accepted: read.accepted.length,
        rejected: read.rejected.length,
        validRowsOnly: read.rejected.length > 0,
        ...counts,
      },
    }),
  );
  if (!outcome.ok) return { ok: true, report: { ...report, split: outcome.split.slice(0, REPORT_ROWS_SHOWN) } };
  return { ok: true, report: { ...report, imported: { inserted: outcome.inserted, updated: outcome.updated } } };
}

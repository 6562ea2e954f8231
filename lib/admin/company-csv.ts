import { parse } from 'csv-parse/sync';
import type { CompanyRecordInput } from '@/db/queries/company-records';
import { emailRule, nameRule, ORGANISATION_NAME, tidy } from '@/lib/validation/fields';
import { parseSsm, type SsmFailure } from '@/lib/validation/ssm';
import { textProblem } from '@/lib/validation/text-safety';

/**
 * Rekod Syarikat from a CSV file (issue 10): the Kontraktor, Pepasangan and Pelesenan files ST keeps, one
 * company per row. Each row is checked with the rules registration applies to a Syarikat — the SSM number
 * (ssm.ts), the organisation name and the e-mail (fields.ts), hidden characters (text-safety.ts) — because a
 * record's e-mail is what a company's registration is later compared with (requirements §1.5).
 *
 * Nothing here touches the database: after importDecision(), importCompanyRecords() writes the rows.
 * No 'server-only' import: scripts/bench/csv-import.ts runs this file under tsx.
 *
 * Messages are keys ("admin.csv.…", or "register.errors.…" where registration's own words fit), translated
 * where they are shown, as the forms do.
 */

export const CSV_MAX_BYTES = 5 * 1024 * 1024;
export const RECORD_SOURCES = ['Kontraktor', 'Pepasangan', 'Pelesenan'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** The header, in this order in the template; matched without regard to case, spaces or order. */
export const CSV_COLUMNS = ['ssm_new', 'ssm_old', 'name', 'email', 'source', 'file_no'] as const;
type Column = (typeof CSV_COLUMNS)[number];
export type CompanyField = 'ssmNew' | 'ssmOld' | 'name' | 'email' | 'source' | 'fileNo';
const FIELD_OF: Record<Column, CompanyField> = {
  ssm_new: 'ssmNew',
  ssm_old: 'ssmOld',
  name: 'name',
  email: 'email',
  source: 'source',
  file_no: 'fileNo',
};

export const FILE_NO_MAX = 50;
// ST's file numbers look like ST/KTR/B/0001.
const FILE_NO = /^[A-Z0-9 ./()-]+$/;

export type Message = { key: string; vars?: Record<string, string | number> };
export type RowProblem = Message & { field: CompanyField | 'row' };
/** `row`: the row number a spreadsheet shows, the header being row 1. */
export type AcceptedRow = { row: number; record: CompanyRecordInput };
export type RejectedRow = { row: number; problems: RowProblem[] };
export type CompanyCsvResult = { ok: true; accepted: AcceptedRow[]; rejected: RejectedRow[] } | { ok: false; problems: Message[] };

const k = (key: string) => `admin.csv.${key}`;
const reg = (key: string) => `register.errors.${key}`;

// Built once: the same zod rules the registration schema is made of, with this import's message keys.
const nameField = nameRule(ORGANISATION_NAME, {
  // A cell of a file, not a field typed in a form: the file's own words for these two.
  hidden: k('hidden'),
  marks: k('marks'),
  required: reg('nameRequired'),
  chars: reg('organisationNameChars'),
  letters: reg('nameLetters'),
  length: reg('nameLength'),
});
const emailField = emailRule({ required: reg('emailRequired'), format: reg('emailFormat') });
const SSM_MESSAGES: Record<SsmFailure, string> = { format: reg('ssmFormat'), year: reg('ssmYear'), entity: reg('ssmEntity') };

/** The bytes as text, or why not: a BOM is fine (Excel writes one), anything but UTF-8 is refused. */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkHeader(header: string[]): Message[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !known.has(n));
  const repeated = [...new Set(names.filter((n, i) => known.has(n) && names.indexOf(n) !== i))];
  const problems: Message[] = [];
  if (missing.length) problems.push({ key: k('columnsMissing'), vars: { columns: missing.join(', ') } });
  if (unknown.length) {
    // Column names are data, given as values: the wording around them stays translatable.
    problems.push({
      key: k('columnsUnknown'),
      vars: { columns: unknown.map((u) => u || '""').join(', '), allowed: CSV_COLUMNS.join(', ') },
    });
  }
  if (repeated.length) problems.push({ key: k('columnsRepeated'), vars: { columns: repeated.join(', ') } });
  return problems;
}

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? k('invalid');
}

/** One row's values checked; a record ready for upsertCompanyRecord, or every field's first problem. */
export function validateCompanyRow(
  cells: Record<Column, string>,
  now = new Date(),
): { ok: true; record: CompanyRecordInput } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const fail = (field: CompanyField, key: string, vars?: Message['vars']) => problems.push({ field, key, ...(vars ? { vars } : {}) });

  // Hidden characters first, in every cell as it was written: the name rule checks its own, with its own words.
  for (const column of CSV_COLUMNS) {
    if (column === 'name') continue;
    const problem = textProblem(cells[column]);
    if (problem) fail(FIELD_OF[column], k(problem));
  }
  const flagged = new Set(problems.map((p) => p.field));
  const record: CompanyRecordInput = { ssmNew: null, ssmOld: null, name: '', email: '', source: '', fileNo: null };

  for (const [field, column] of [
    ['ssmNew', 'ssm_new'],
    ['ssmOld', 'ssm_old'],
  ] as const) {
    if (flagged.has(field) || !cells[column].trim()) continue;
    const result = parseSsm(cells[column], now);
    if (!result.ok) fail(field, SSM_MESSAGES[result.reason]);
    else if (result.type !== column) fail(field, k(column === 'ssm_new' ? 'ssmNewIsOld' : 'ssmOldIsNew'));
    else record[field] = result.value;
  }
  // Registration finds the record by either number: a row needs one.
  if (!cells.ssm_new.trim() && !cells.ssm_old.trim()) fail('ssmNew', k('ssmMissing'));

  const name = nameField.safeParse(cells.name);
  if (name.success) record.name = name.data;
  else fail('name', firstIssue(name));

  if (!flagged.has('email')) {
    const email = emailField.safeParse(cells.email);
    if (email.success) record.email = email.data;
    else fail('email', firstIssue(email));
  }

  if (!flagged.has('source')) {
    const source = RECORD_SOURCES.find((s) => s.toLowerCase() === cells.source.trim().toLowerCase());
    if (source) record.source = source;
    else fail('source', k('sourceUnknown'), { sources: RECORD_SOURCES.join(', ') });
  }

  const fileNo = tidy(cells.file_no).toUpperCase();
  if (!flagged.has('fileNo') && fileNo) {
    if ([...fileNo].length > FILE_NO_MAX) fail('fileNo', k('fileNoLength'), { max: FILE_NO_MAX });
    else if (!FILE_NO.test(fileNo)) fail('fileNo', k('fileNoChars'));
    else record.fileNo = fileNo;
  }

  return problems.length ? { ok: false, problems } : { ok: true, record };
}

/**
 * Rows naming an SSM number another row names too are all refused, each pointing at the others: which of
 * two rows for one company is right is the officer's call, not the order of the file's lines.
 */
function rejectDuplicates(accepted: AcceptedRow[], rejected: Map<number, RowProblem[]>): AcceptedRow[] {
  const rowsOf = new Map<string, number[]>();
  for (const { row, record } of accepted) {
    for (const number of new Set([record.ssmNew, record.ssmOld])) {
      if (number) rowsOf.set(number, [...(rowsOf.get(number) ?? []), row]);
    }
  }
  const others = new Map<number, Set<number>>();
  for (const rows of rowsOf.values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const set = others.get(row) ?? new Set<number>();
      rows.filter((r) => r !== row).forEach((r) => set.add(r));
      others.set(row, set);
    }
  }
  return accepted.filter(({ row }) => {
    const set = others.get(row);
    if (!set) return true;
    rejected.set(row, [{ field: 'row', key: k('duplicate'), vars: { rows: [...set].sort((a, b) => a - b).join(', ') } }]);
    return false;
  });
}

/**
 * Reads and checks a whole file. A file that cannot be read as a table of company records (too large, not
 * UTF-8, not CSV, wrong columns, no rows) is refused as a whole; otherwise every row is either accepted
 * (normalised) or rejected with its problems, field by field.
 */
export function readCompanyCsv(bytes: Uint8Array, now = new Date()): CompanyCsvResult {
  if (bytes.byteLength > CSV_MAX_BYTES) return { ok: false, problems: [{ key: k('tooLarge'), vars: { max: '5 MB' } }] };
  const text = decode(bytes);
  if (text === null) return { ok: false, problems: [{ key: k('notUtf8') }] };

  let table: string[][];
  try {
    // Every row kept as read, a short or long one included, so that row numbers match the spreadsheet and
    // a wrong number of cells is reported on its row rather than failing the file.
    table = parse(text, { relax_column_count: true });
  } catch (error) {
    // Read by shape, not instanceof: csv-parse's sync entry carries its own copy of the CsvError class.
    const lines = (error as { lines?: unknown } | null)?.lines;
    const line = typeof lines === 'number' ? lines : 0;
    return { ok: false, problems: [{ key: k('malformed'), vars: { line } }] };
  }

  const [header, ...body] = table;
  if (!header || header.every((h) => !h.trim())) return { ok: false, problems: [{ key: k('empty') }] };
  const headerProblems = checkHeader(header);
  if (headerProblems.length) return { ok: false, problems: headerProblems };

  const index = Object.fromEntries(header.map((h, i) => [h.trim().toLowerCase(), i])) as Record<Column, number>;
  const accepted: AcceptedRow[] = [];
  const rejected = new Map<number, RowProblem[]>();
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return; // a blank line, as spreadsheets leave at the end
    if (cells.length !== header.length) {
      rejected.set(row, [{ field: 'row', key: k('cellCount'), vars: { found: cells.length, expected: header.length } }]);
      return;
    }
    const values = Object.fromEntries(CSV_COLUMNS.map((c) => [c, cells[index[c]]])) as Record<Column, string>;
    const result = validateCompanyRow(values, now);
    if (result.ok) accepted.push({ row, record: result.record });
    else rejected.set(row, result.problems);
  });

  const unique = rejectDuplicates(accepted, rejected);
  if (unique.length === 0 && rejected.size === 0) return { ok: false, problems: [{ key: k('noRows') }] };
  const rejectedRows = [...rejected.entries()].sort(([a], [b]) => a - b).map(([row, problems]) => ({ row, problems }));
  return { ok: true, accepted: unique, rejected: rejectedRows };
}

export type ImportDecision = { rows: AcceptedRow[]; blocked: boolean };

/**
 * All or nothing (issue 10): a file with any rejected row imports nothing, unless the officer, having seen
 * the report, chose to import the valid rows. The rows go to importCompanyRecords.
 */
export function importDecision(report: { accepted: AcceptedRow[]; rejected: RejectedRow[] }, importValidRows: boolean): ImportDecision {
  if (report.rejected.length > 0 && !importValidRows) return { rows: [], blocked: true };
  return { rows: report.accepted, blocked: false };
}

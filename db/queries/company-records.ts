import { and, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { companyRecords, type CompanyRecord } from '@/db/schema';

/**
 * The ST record of a company by either of its SSM numbers (canonical). With `lock`, the row is locked for
 * the rest of the transaction, so two registrations of one company under its two numbers take turns.
 */
export async function findCompanyRecordBySsm(
  executor: Executor,
  canonical: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<CompanyRecord | null> {
  const query = executor
    .select()
    .from(companyRecords)
    .where(or(eq(companyRecords.ssmNew, canonical), eq(companyRecords.ssmOld, canonical)))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export type CompanyRecordInput = Pick<CompanyRecord, 'ssmNew' | 'ssmOld' | 'name' | 'email' | 'source' | 'fileNo'>;

/** Inserts a record, or updates the one holding either of its numbers (for imports and the seed). */
export async function upsertCompanyRecord(executor: Executor, record: CompanyRecordInput): Promise<'inserted' | 'updated'> {
  const numbers = [record.ssmNew, record.ssmOld].filter((n): n is string => Boolean(n));
  if (numbers.length === 0) throw new Error('a company record needs at least one SSM number');
  const [existing] = await executor
    .select({ id: companyRecords.id })
    .from(companyRecords)
    .where(or(...numbers.flatMap((n) => [eq(companyRecords.ssmNew, n), eq(companyRecords.ssmOld, n)])))
    .limit(1);
  if (existing) {
    await executor
      .update(companyRecords)
      // An import moves the version on too, so an edit form read before it is refused (decision 0006).
      .set({ ...record, version: sql`${companyRecords.version} + 1`, updatedAt: new Date() })
      .where(eq(companyRecords.id, existing.id));
    return 'updated';
  }
  await executor.insert(companyRecords).values(record);
  return 'inserted';
}

export type CompanyRecordRow = Pick<
  CompanyRecord,
  'id' | 'ssmNew' | 'ssmOld' | 'name' | 'email' | 'source' | 'fileNo' | 'version' | 'updatedAt'
>;

const ROW = {
  id: companyRecords.id,
  ssmNew: companyRecords.ssmNew,
  ssmOld: companyRecords.ssmOld,
  name: companyRecords.name,
  email: companyRecords.email,
  source: companyRecords.source,
  fileNo: companyRecords.fileNo,
  version: companyRecords.version,
  updatedAt: companyRecords.updatedAt,
};

/** What Rekod Syarikat's search box may hold, already told apart by the caller (lib/admin/company-records.ts). */
export type CompanyRecordSearch = { kind: 'all' } | { kind: 'ssm'; canonical: string } | { kind: 'text'; text: string };

/** LIKE's own characters taken literally: a search for "50%" is not a wildcard. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of records, by name: an SSM number (either form, canonical) matches exactly; any other text
 * matches part of the name or of the e-mail, without regard to case.
 */
export async function searchCompanyRecords(
  executor: Executor,
  search: CompanyRecordSearch,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: CompanyRecordRow[]; total: number }> {
  const where =
    search.kind === 'ssm'
      ? or(eq(companyRecords.ssmNew, search.canonical), eq(companyRecords.ssmOld, search.canonical))
      : search.kind === 'text'
        ? or(ilike(companyRecords.name, likePattern(search.text)), ilike(companyRecords.email, likePattern(search.text)))
        : undefined;
  const [rows, [{ total }]] = await Promise.all([
    executor
      .select(ROW)
      .from(companyRecords)
      .where(where)
      .orderBy(asc(companyRecords.name), asc(companyRecords.id))
      .limit(limit)
      .offset(offset),
    executor
      .select({ total: sql<number>`count(*)::int` })
      .from(companyRecords)
      .where(where),
  ]);
  return { rows, total };
}

export async function getCompanyRecord(executor: Executor, id: string): Promise<CompanyRecordRow | null> {
  const [row] = await executor.select(ROW).from(companyRecords).where(eq(companyRecords.id, id));
  return row ?? null;
}

/** A new record; null when either SSM number is already held (the unique indexes decide, races included). */
export async function insertCompanyRecord(executor: Executor, record: CompanyRecordInput): Promise<CompanyRecordRow | null> {
  const [row] = await executor.insert(companyRecords).values(record).onConflictDoNothing().returning(ROW);
  return row ?? null;
}

/**
 * Decision 0006: a save names the version its form was read at and moves it on; no row back means another
 * save came first (or the record is gone), and nothing was written.
 */
export async function updateCompanyRecordAtVersion(
  executor: Executor,
  id: string,
  version: number,
  changes: Partial<CompanyRecordInput>,
  now = new Date(),
): Promise<CompanyRecordRow | null> {
  const [row] = await executor
    .update(companyRecords)
    .set({ ...changes, version: sql`${companyRecords.version} + 1`, updatedAt: now })
    .where(and(eq(companyRecords.id, id), eq(companyRecords.version, version)))
    .returning(ROW);
  return row ?? null;
}

/** Another record holding either number (for an edit that changes them), besides `exceptId`. */
export async function otherCompanyRecordWithSsm(executor: Executor, numbers: string[], exceptId: string): Promise<CompanyRecordRow | null> {
  if (numbers.length === 0) return null;
  const [row] = await executor
    .select(ROW)
    .from(companyRecords)
    .where(
      and(ne(companyRecords.id, exceptId), or(...numbers.flatMap((n) => [eq(companyRecords.ssmNew, n), eq(companyRecords.ssmOld, n)]))),
    )
    .limit(1);
  return row ?? null;
}

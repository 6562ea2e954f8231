import { eq, or } from 'drizzle-orm';
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
      .set({ ...record, updatedAt: new Date() })
      .where(eq(companyRecords.id, existing.id));
    return 'updated';
  }
  await executor.insert(companyRecords).values(record);
  return 'inserted';
}

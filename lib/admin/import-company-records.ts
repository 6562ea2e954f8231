import 'server-only';
import type { Db, Executor } from '@/db';
import { findCompanyRecordBySsm, upsertCompanyRecord } from '@/db/queries/company-records';
import type { AcceptedRow } from './company-csv';

/**
 * Writes the rows importDecision() let through, in one transaction: all of them or none. A row whose two
 * SSM numbers belong to two different records already held is refused before anything is written — the
 * upsert would give one record both numbers, and which of the two is right is for an officer to decide in
 * Rekod Syarikat. The audit row of the import is the caller's, in the same transaction (`audit`).
 */

export type SplitRecord = { row: number; ssmNew: string; ssmOld: string };
export type ImportOutcome = { ok: true; inserted: number; updated: number } | { ok: false; split: SplitRecord[] };

async function splitRecords(executor: Executor, rows: AcceptedRow[]): Promise<SplitRecord[]> {
  const split: SplitRecord[] = [];
  for (const { row, record } of rows) {
    if (!record.ssmNew || !record.ssmOld) continue;
    const byNew = await findCompanyRecordBySsm(executor, record.ssmNew);
    const byOld = byNew ? await findCompanyRecordBySsm(executor, record.ssmOld) : null;
    if (byNew && byOld && byNew.id !== byOld.id) split.push({ row, ssmNew: record.ssmNew, ssmOld: record.ssmOld });
  }
  return split;
}

export async function importCompanyRecords(
  db: Db,
  rows: AcceptedRow[],
  audit?: (executor: Executor, counts: { inserted: number; updated: number }) => Promise<void>,
): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const split = await splitRecords(tx, rows);
    if (split.length) return { ok: false, split };
    const counts = { inserted: 0, updated: 0 };
    for (const { record } of rows) counts[await upsertCompanyRecord(tx, record)] += 1;
    await audit?.(tx, counts);
    return { ok: true, ...counts };
  });
}

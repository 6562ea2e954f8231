/** @jest-environment node */
import { count } from 'drizzle-orm';
import { findCompanyRecordBySsm } from '@/db/queries/company-records';
import { companyRecords } from '@/db/schema';
import { importDecision, readCompanyCsv } from '@/lib/admin/company-csv';
import { importCompanyRecords } from '@/lib/admin/import-company-records';
import { freshDatabase, type TestDatabase } from '../helpers/db';

// The CSV import against the database: PGlite by default, PostgreSQL with DATABASE_URL=postgres://….
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.delete(companyRecords);
});

const HEADER = 'ssm_new,ssm_old,name,email,source,file_no';
function report(text: string) {
  const result = readCompanyCsv(new TextEncoder().encode(`${HEADER}\n${text}`), new Date('2026-06-01T00:00:00Z'));
  if (!result.ok) throw new Error('file refused');
  return result;
}
const held = async () => (await t.db.select({ n: count() }).from(companyRecords))[0]!.n;

const MIXED = '201901000005,123456-A,SYARIKAT A,a@contoh.my,Kontraktor,ST/KTR/1\n201901000006,,SYARIKAT B,bukan-emel,Pepasangan,\n';

it('writes nothing from a file with a rejected row, unless the officer imports the valid rows', async () => {
  const mixed = report(MIXED);
  const blocked = importDecision(mixed, false);
  expect(blocked.blocked).toBe(true);
  expect(await importCompanyRecords(t.db, blocked.rows)).toEqual({ ok: true, inserted: 0, updated: 0 });
  expect(await held()).toBe(0);

  expect(await importCompanyRecords(t.db, importDecision(mixed, true).rows)).toEqual({ ok: true, inserted: 1, updated: 0 });
  expect(await held()).toBe(1);
  // Registration finds the record by either number, with the e-mail as the file gave it.
  for (const ssm of ['201901000005', '123456A']) {
    expect(await findCompanyRecordBySsm(t.db, ssm)).toMatchObject({
      name: 'SYARIKAT A',
      email: 'a@contoh.my',
      source: 'Kontraktor',
      fileNo: 'ST/KTR/1',
    });
  }
});

it('updates the records a second import names again, by either number', async () => {
  await importCompanyRecords(t.db, importDecision(report('201901000005,,SYARIKAT A,a@contoh.my,Kontraktor,\n'), false).rows);
  const again = report('201901000005,123456-A,SYARIKAT A BARU,baru@contoh.my,Kontraktor,\n,470123-K,SYARIKAT C,c@contoh.my,Pelesenan,\n');
  expect(await importCompanyRecords(t.db, importDecision(again, false).rows)).toEqual({ ok: true, inserted: 1, updated: 1 });
  expect(await findCompanyRecordBySsm(t.db, '123456A')).toMatchObject({ ssmNew: '201901000005', email: 'baru@contoh.my' });
  expect(await held()).toBe(2);
});

it('writes none of the rows when one would join two records already held', async () => {
  await importCompanyRecords(
    t.db,
    importDecision(report('201901000005,,SYARIKAT A,a@contoh.my,Kontraktor,\n,123456-A,SYARIKAT B,b@contoh.my,Kontraktor,\n'), false).rows,
  );
  const file = report('202001000001,,SYARIKAT BARU,baru@contoh.my,Pelesenan,\n201901000005,123456-A,SYARIKAT A,a@contoh.my,Kontraktor,\n');
  expect(await importCompanyRecords(t.db, importDecision(file, false).rows)).toEqual({
    ok: false,
    split: [{ row: 3, ssmNew: '201901000005', ssmOld: '123456A' }],
  });
  expect(await held()).toBe(2);
  expect(await findCompanyRecordBySsm(t.db, '202001000001')).toBeNull();
});

it('writes nothing when the audit row cannot be written (one transaction)', async () => {
  const rows = importDecision(report(MIXED), true).rows;
  await expect(
    importCompanyRecords(t.db, rows, async () => {
      throw new Error('audit failed');
    }),
  ).rejects.toThrow('audit failed');
  expect(await held()).toBe(0);
});

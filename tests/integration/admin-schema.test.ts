/** @jest-environment node */
import { sql } from 'drizzle-orm';
import { auditLog, users } from '@/db/schema';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

let t: TestDatabase;
// Opening PGlite can take a minute on a busy machine.
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

/** PGlite answers { rows }, postgres.js an array of rows. */
const rowsOf = (result: unknown) => ((result as { rows?: Record<string, unknown>[] }).rows ?? result) as Record<string, unknown>[];
const refusedWith = (pattern: RegExp) => ({ cause: expect.objectContaining({ message: expect.stringMatching(pattern) }) });

test('only a Kakitangan account can hold the officer or administrator role (check constraint)', async () => {
  const applicant = await createUser(t.db);
  await expect(
    t.db
      .update(users)
      .set({ role: 'officer' })
      .where(sql`${users.id} = ${applicant.id}`),
  ).rejects.toMatchObject(refusedWith(/users_privileged_are_staff/));
  const staff = await createUser(t.db, { userType: 'kakitangan', idType: 'staff', loginId: 'ST0001', email: 'a@st.gov.my' });
  await t.db
    .update(users)
    .set({ role: 'admin' })
    .where(sql`${users.id} = ${staff.id}`);
});

test('pg_trgm is there on both databases and the name search can use its index', async () => {
  await createUser(t.db, { name: 'SITI NURHALIZA BINTI TARUDIN', loginId: '700101990001' });
  const rows = await t.db.execute(sql`select name from users where name ilike ${'%nurhal%'}`);
  expect(rowsOf(rows)).toEqual([expect.objectContaining({ name: 'SITI NURHALIZA BINTI TARUDIN' })]);
  const similarity = await t.db.execute(sql`select similarity('NURHALIZA', 'NURHALISA') > 0.3 as close`);
  expect(rowsOf(similarity)[0]).toEqual({ close: true });
  const index = await t.db.execute(sql`select indexdef from pg_indexes where indexname = 'users_name_trgm_idx'`);
  expect(String(rowsOf(index)[0]?.indexdef)).toMatch(/gin .*gin_trgm_ops/);
});

test('the audit log is still append-only after migration 0005', async () => {
  await t.db.insert(auditLog).values({ action: 'test.row' });
  await expect(t.db.update(auditLog).set({ action: 'changed' })).rejects.toMatchObject(refusedWith(/append-only/));
  await expect(t.db.delete(auditLog)).rejects.toMatchObject(refusedWith(/append-only/));
});

/** @jest-environment node */
import { sql } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

test('migrations create the tables and the audit log refuses edits', async () => {
  await t.db.insert(auditLog).values({ action: 'test.event', details: { n: 1 } });
  const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
  await expect(t.db.execute(sql`update audit_log set action = 'changed'`)).rejects.toMatchObject(refused);
  await expect(t.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refused);
  const rows = await t.db.select().from(auditLog);
  expect(rows.map((r) => r.action)).toEqual(['test.event']);
});

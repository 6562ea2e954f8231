/** @jest-environment node */
import { sql } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import { hitRateLimit, sweepRateLimits } from '@/lib/throttle/rate-limit';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

test('allows up to the limit in one window, refuses the next, and opens again in the next window', async () => {
  const now = new Date('2026-11-24T10:00:05Z');
  const results = [];
  for (let i = 0; i < 4; i += 1) results.push(await hitRateLimit('login', '10.0.0.1', 3, 60, now));
  expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
  expect(results[3].retryAfterSeconds).toBe(55);
  // Another address has its own budget.
  expect((await hitRateLimit('login', '10.0.0.2', 3, 60, now)).allowed).toBe(true);
  // The next minute starts afresh.
  expect((await hitRateLimit('login', '10.0.0.1', 3, 60, new Date('2026-11-24T10:01:00Z'))).allowed).toBe(true);
});

test('concurrent hits are all counted', async () => {
  const now = new Date('2026-11-24T11:00:00Z');
  const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit('register', '10.0.0.9', 20, 60, now)));
  expect(results.filter((r) => r.allowed)).toHaveLength(20);
});

test('windows older than a day are swept away', async () => {
  await hitRateLimit('sweep', '10.0.0.3', 5, 60, new Date('2026-11-20T10:00:00Z'));
  await hitRateLimit('sweep', '10.0.0.4', 5, 86400, new Date('2026-11-24T10:00:00Z'));
  expect(await sweepRateLimits(new Date('2026-11-24T10:00:00Z'))).toBeGreaterThanOrEqual(1);
  const rows = await t.db
    .select({ key: rateLimits.key })
    .from(rateLimits)
    .where(sql`${rateLimits.bucket} = 'sweep'`);
  // The day-long window that is still running stays.
  expect(rows.map((r) => r.key)).toEqual(['10.0.0.4']);
});

/** @jest-environment node */
import { eq, sql } from 'drizzle-orm';
import { captchaChallenges, emailOutbox, loginThrottles, rateLimits, recoveryTokens } from '@/db/schema';
import { sweepExpired } from '@/lib/maintenance/sweep';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/** The scheduled sweep (requirements §10.7): rows anonymous clients can make do not stay for ever. */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

const DAY = 24 * 3_600_000;

test('expired rows go and live ones stay', async () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const user = await createUser(t.db);

  await t.db.insert(rateLimits).values([
    { bucket: 'login', key: 'old', windowStart: ago(2 * DAY), count: 3 },
    { bucket: 'login', key: 'live', windowStart: ago(30_000), count: 3 },
  ]);
  await t.db.insert(loginThrottles).values([
    // Typed once, weeks ago, never again: gone.
    { loginId: 'TYPO1', failures: 1, updatedAt: ago(30 * DAY) },
    // Quiet for weeks but its lock only recently faded: kept while its doubling still counts.
    { loginId: 'RECENTLOCK', failures: 0, lockCount: 2, lockedUntil: ago(2 * 3_600_000), updatedAt: ago(8 * DAY) },
    // Yesterday's failures: kept.
    { loginId: 'RECENT', failures: 3, updatedAt: ago(DAY) },
  ]);
  await t.db.insert(captchaChallenges).values([
    { answerHash: 'x', expiresAt: ago(60_000) },
    { answerHash: 'y', expiresAt: new Date(now.getTime() + 60_000) },
  ]);
  await t.db.insert(recoveryTokens).values([
    { userId: user.id, tokenHash: 'expired', expiresAt: ago(60_000) },
    { userId: user.id, tokenHash: 'used', expiresAt: new Date(now.getTime() + 60_000), usedAt: ago(1000) },
    { userId: user.id, tokenHash: 'live', expiresAt: new Date(now.getTime() + 60_000) },
  ]);
  await t.db.insert(emailOutbox).values([
    { template: 'x', status: 'sent', idempotencyKey: 'a', sentAt: ago(40 * DAY) },
    { template: 'x', status: 'sent', idempotencyKey: 'b', sentAt: ago(DAY) },
    { template: 'x', status: 'pending', idempotencyKey: 'c', payload: 'sealed', nextAttemptAt: ago(40 * DAY) },
  ]);

  const result = await sweepExpired(now);
  expect(result).toEqual({ rateLimits: 1, loginThrottles: 1, captchaChallenges: 1, recoveryTokens: 2, sentMail: 1 });
  expect((await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key)).toEqual(['live']);
  expect((await t.db.select({ id: loginThrottles.loginId }).from(loginThrottles)).map((r) => r.id).sort()).toEqual([
    'RECENT',
    'RECENTLOCK',
  ]);
  expect((await t.db.select({ h: recoveryTokens.tokenHash }).from(recoveryTokens)).map((r) => r.h)).toEqual(['live']);
  expect(
    (
      await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(emailOutbox)
        .where(eq(emailOutbox.status, 'pending'))
    )[0]!.n,
  ).toBe(1);
});

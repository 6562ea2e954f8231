/** @jest-environment node */
import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '@/db';
import { auditLog, emailOutbox, loginThrottles } from '@/db/schema';
import * as schema from '@/db/schema';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { kickOutbox } from '@/lib/mail/outbox';
import { freshDatabase, testingOnPostgres, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * requirements §2.3: lockout counters live in the database so they hold across several server instances. Two
 * separate connection pools stand in for two instances; their transactions really overlap only on
 * PostgreSQL (PGlite has one connection per process and no second process can open its folder).
 */
const onPostgres = testingOnPostgres;
if (!onPostgres) {
  console.info('lockout-shared: skipped on PGlite — run with DATABASE_URL=postgres://… to test two instances sharing one PostgreSQL.');
}
const describeOnPostgres = onPostgres ? describe : describe.skip;

describeOnPostgres('two server instances sharing one PostgreSQL', () => {
  let t: TestDatabase;
  let instances: { db: Db; end: () => Promise<void> }[];

  beforeAll(async () => {
    t = await freshDatabase();
    instances = [0, 1].map(() => {
      const client = postgres(t.url, { max: 5, onnotice: () => {} });
      return { db: drizzle({ client, schema }) as unknown as Db, end: () => client.end() };
    });
  });
  afterEach(() => kickOutbox());
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.end()));
    await t.close();
  });

  test('a burst of guesses split over both instances: 5 verified, one lock and one e-mail', async () => {
    const user = await createUser(t.db);
    const account = { ...user, name: 'ALI BIN ABU', idType: 'mykad' as const };
    let verified = 0;
    // A verify that takes a while, as Argon2 does, so that the attempts really are in flight together.
    const wrong = async () => {
      verified += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return false;
    };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        guardedAttempt(
          instances[i % 2]!.db,
          { loginId: user.loginId, account, ip: '192.0.2.1', now: new Date(), failureAction: 'auth.login_failed' },
          wrong,
        ),
      ),
    );
    expect(verified).toBe(5);
    expect(results.filter((r) => r.outcome === 'wrong')).toHaveLength(4);
    const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.loginId, user.loginId));
    expect({ failures: row!.failures, lockCount: row!.lockCount }).toEqual({ failures: 0, lockCount: 1 });
    const mails = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .where(eq(emailOutbox.template, 'account-locked'));
    expect(mails[0]!.n).toBe(1);
    const audits = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.lock'), eq(auditLog.targetUserId, user.id)));
    expect(audits[0]!.n).toBe(1);
  });

  test('a lock started through one instance holds on the other', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 5; i += 1) {
      await guardedAttempt(
        instances[0]!.db,
        { loginId: user.loginId, account: undefined, ip: '192.0.2.2', now: new Date(), failureAction: 'auth.login_failed' },
        async () => false,
      );
    }
    // verifyCredentials runs on the application's own pool: a third client of the same database.
    const result = await verifyCredentials({ loginId: user.loginId, password: user.password, ip: '192.0.2.2' });
    expect(result).toMatchObject({ ok: false, reason: 'locked' });
  });
});

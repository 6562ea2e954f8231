/** @jest-environment node */
import type * as HashPoolModule from '@/lib/crypto/hash-pool';
import { eq, sql } from 'drizzle-orm';
import { emailOutbox, loginThrottles, users } from '@/db/schema';
import { changePassword } from '@/lib/accounts/change-password';
import { registerAccount } from '@/lib/accounts/register';
import { loginRefusalCode, parseLoginRefusal } from '@/lib/auth/login-refusal';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { resetEnv } from '@/lib/config/env';
import { HashBusyError, resetHashQueue, verifySecret } from '@/lib/crypto/argon';
import { kickOutbox } from '@/lib/mail/outbox';
import { parseRegistration } from '@/lib/validation/register';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * What a caller sees when the hash queue (lib/crypto/hash-queue.ts) is full: an answer of "busy", never a
 * failure of the secret, nothing counted toward a lock and nothing written. The hash threads are held at a gate so the
 * queue is full for exactly as long as a test wants.
 */
let mockGate: Promise<void> = Promise.resolve();
jest.mock('@/lib/crypto/hash-pool', () => {
  const actual = jest.requireActual<typeof HashPoolModule>('@/lib/crypto/hash-pool');
  return {
    ...actual,
    createHashPool: (size: number): HashPoolModule.HashPool => {
      const pool = actual.createHashPool(size);
      return {
        ...pool,
        run: async (job) => {
          await mockGate;
          return pool.run(job);
        },
      };
    },
  };
});

let t: TestDatabase;
let ipSerial = 0;
const nextIp = () => `198.51.100.${(ipSerial += 1)}`;

/** One hash running and one waiting (HASH_CONCURRENCY=1, HASH_QUEUE_MAX=1): the next caller is refused. */
async function whileFull<T>(work: () => Promise<T>): Promise<T> {
  let open!: () => void;
  mockGate = new Promise<void>((resolve) => (open = resolve));
  const held = [verifySecret('$argon2id$v=19$m=19456,t=2,p=1$x$y', 'a'), verifySecret('$argon2id$v=19$m=19456,t=2,p=1$x$y', 'b')];
  try {
    return await work();
  } finally {
    open();
    mockGate = Promise.resolve();
    await Promise.all(held);
  }
}

beforeAll(async () => {
  process.env.HASH_CONCURRENCY = '1';
  process.env.HASH_QUEUE_MAX = '1';
  process.env.HASH_QUEUE_WAIT_MS = '3000';
  resetEnv();
  resetHashQueue();
  t = await freshDatabase();
});
afterEach(() => kickOutbox());
afterAll(async () => {
  await t.close();
  delete process.env.HASH_CONCURRENCY;
  delete process.env.HASH_QUEUE_MAX;
  delete process.env.HASH_QUEUE_WAIT_MS;
  resetEnv();
  resetHashQueue();
});

const failures = async (loginId: string) =>
  (await t.db.select({ failures: loginThrottles.failures }).from(loginThrottles).where(eq(loginThrottles.loginId, loginId)))[0]?.failures ??
  0;

test('a log-in while the queue is full is answered busy with a retry-after, and counts nothing toward the lock', async () => {
  const user = await createUser(t.db);
  const ip = nextIp();
  // Twice the lock threshold: were busy attempts counted, the id would be locked after five.
  const busy = await whileFull(async () => {
    const results = [];
    for (let i = 0; i < 10; i += 1) results.push(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip }));
    return results;
  });
  console.log(`busy: ${busy.filter((r) => !r.ok && r.reason === 'busy').length} of 10 log-ins answered busy while the queue was full`);
  expect(busy).toEqual(Array.from({ length: 10 }, () => ({ ok: false, reason: 'busy', retryAfterSeconds: 3 })));
  expect(await failures(user.loginId)).toBe(0);

  // Once the queue has room the right password logs in: no lock was started.
  expect(await verifyCredentials({ loginId: user.loginId, password: user.password, ip })).toMatchObject({ ok: true });
});

test('an unknown id while the queue is full is answered busy too (the dummy hash waits in the same queue)', async () => {
  const result = await whileFull(() => verifyCredentials({ loginId: '991231999999', password: 'Salah1234', ip: nextIp() }));
  expect(result).toEqual({ ok: false, reason: 'busy', retryAfterSeconds: 3 });
});

test('a guess whose check is turned away by the hash queue gives its attempt back; a wrong one keeps it', async () => {
  const user = await createUser(t.db);
  const subject = { loginId: user.loginId, account: undefined, ip: nextIp(), now: new Date(), failureAction: 'auth.login_failed' };
  await guardedAttempt(t.db, subject, async () => false);
  expect(await failures(user.loginId)).toBe(1);
  for (let i = 0; i < 10; i += 1) {
    await expect(
      guardedAttempt(t.db, subject, async () => {
        throw new HashBusyError(2);
      }),
    ).rejects.toBeInstanceOf(HashBusyError);
  }
  expect(await failures(user.loginId)).toBe(1);
});

test('busy travels to the log-in form and the callback route as its own code', () => {
  const code = loginRefusalCode({ ok: false, reason: 'busy', retryAfterSeconds: 3 });
  expect(code).toBe('busy.3');
  expect(parseLoginRefusal(code)).toEqual({ reason: 'busy', retryAfterSeconds: 3 });
});

test('wrong guesses still lock after busy ones: a busy attempt gives back only its own count', async () => {
  const user = await createUser(t.db);
  const ip = nextIp();
  for (let i = 0; i < 2; i += 1) await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip });
  await whileFull(() => verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip }));
  expect(await failures(user.loginId)).toBe(2);
  const rest = [];
  for (let i = 0; i < 3; i += 1) rest.push(await verifyCredentials({ loginId: user.loginId, password: 'Salah1234', ip }));
  expect(rest.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
});

test('a registration while the queue is full throws HashBusyError and writes no account and no e-mail', async () => {
  const parsed = parseRegistration(
    'individu',
    { name: 'Ali bin Abu', mykad: '800101-10-7777', email: 'sibuk@testemail.com' },
    { staffEmailDomain: 'st.gov.my' },
  );
  if (!parsed.ok) throw new Error('invalid test input');
  const outboxBefore = (await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox))[0]!.n;
  await expect(whileFull(() => registerAccount(parsed.data, { ip: nextIp() }))).rejects.toBeInstanceOf(HashBusyError);
  expect(await t.db.select().from(users).where(eq(users.loginId, '800101107777'))).toHaveLength(0);
  expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox))[0]!.n).toBe(outboxBefore);
});

test('a password change while the queue is full throws HashBusyError: the password stays and nothing is counted', async () => {
  const user = await createUser(t.db, { pendingSteps: [], status: 'active', passwordIsGenerated: false });
  const before = (await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)))[0]!.hash;
  await expect(
    whileFull(() =>
      changePassword({ userId: user.id, currentPassword: user.password, password: 'Baharu123x', confirm: 'Baharu123x', ip: nextIp() }),
    ),
  ).rejects.toBeInstanceOf(HashBusyError);
  expect((await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)))[0]!.hash).toBe(before);
  expect(await failures(user.loginId)).toBe(0);
});

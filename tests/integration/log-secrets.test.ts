/** @jest-environment node */
import { inspect } from 'node:util';
import { eq } from 'drizzle-orm';
import { securityAnswers, users } from '@/db/schema';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { resetEnv } from '@/lib/config/env';
import { hashSecret } from '@/lib/crypto/argon';
import { guardConsoleErrors, log } from '@/lib/log/logger';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * A NUL in the own security question once ended in a server error whose log line held the Argon2 hash of the
 * answer: Drizzle's message lists the query's parameters, and the database error under it carries them
 * again with PostgreSQL's `detail`. These tests make real database errors with a secret in the query and
 * look for it in everything printed.
 */

let t: TestDatabase;
const logLevel = process.env.LOG_LEVEL;

beforeAll(async () => {
  // The tests' default is silent; these need the lines written.
  process.env.LOG_LEVEL = 'error';
  t = await freshDatabase();
});
afterAll(async () => {
  process.env.LOG_LEVEL = logLevel;
  resetEnv();
  await t.close();
});

/** Runs `work`, returning what it threw. */
async function thrown(work: () => Promise<unknown>): Promise<Error> {
  try {
    await work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the database to refuse');
}

/** Everything console.error printed while `work` ran, formatted as Node formats it (errors whole). */
function printed(work: () => void): string {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    work();
    return spy.mock.calls
      .map((args) => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 10 }))).join(' '))
      .join('\n');
  } finally {
    spy.mockRestore();
  }
}

test('an invalid byte (a NUL) in a query: the answer hash is in the error, and not in the log line', async () => {
  const user = await createUser(t.db);
  const answerHash = await hashSecret('sekolahrahsiabukitdamansara');
  const error = await thrown(() =>
    t.db.insert(securityAnswers).values({ userId: user.id, question: 'Soalan\u0000rahsia', isCustom: true, answerHash }),
  );
  // The leak is real: Drizzle's message and the cause both carry the parameters.
  expect(inspect(error, { depth: 10 })).toContain(answerHash);

  const output = printed(() => log.error('auth.security_question_failed', { error }));
  expect(output).not.toContain(answerHash);
  expect(output).not.toContain('rahsia');
  expect(output).not.toContain(user.id);
  expect(output).not.toMatch(/params/i);
  const line = JSON.parse(output);
  expect(line).toMatchObject({ level: 'error', event: 'auth.security_question_failed', error: { name: 'DrizzleQueryError' } });
  // The statement (with its placeholders) and the SQLSTATE say what went wrong.
  expect(line.error.message).toMatch(/^Failed query: insert into "security_answers"/);
  expect(line.error.cause).toMatchObject({ code: '22021', message: expect.stringMatching(/^invalid byte sequence for encoding/) });
  expect(Object.keys(line.error.cause).sort()).toEqual(['code', 'message', 'name']);
});

test('a unique violation: the duplicate key (a MyKad) and the password hash stay out of the log line', async () => {
  const first = await createUser(t.db, { loginId: '850203145672', email: 'rahsia.pertama@testemail.com' });
  const [{ passwordHash }] = await t.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, first.id));
  const error = await thrown(() =>
    t.db.insert(users).values({
      userType: 'individu',
      loginId: '850203145672',
      idType: 'mykad',
      name: 'SITI RAHSIA',
      email: 'rahsia.kedua@testemail.com',
      passwordHash,
    }),
  );
  expect(inspect(error, { depth: 10 })).toContain('Key (login_id)=(850203145672) already exists');

  const output = printed(() => log.error('register_failed', { error }));
  for (const secret of ['850203145672', passwordHash, 'rahsia', 'SITI RAHSIA', 'already exists']) expect(output).not.toContain(secret);
  expect(JSON.parse(output)).toMatchObject({
    event: 'register_failed',
    error: {
      name: 'DrizzleQueryError',
      cause: { code: '23505', message: 'duplicate key value violates unique constraint "users_login_id_key"' },
    },
  });
});

test('a value PostgreSQL quotes in its own message (a data exception) is cut out too', async () => {
  const error = await thrown(() => t.db.select().from(users).where(eq(users.id, 'rahsia-bukan-uuid')));
  const output = printed(() => log.error('profile.save_failed', { error }));
  expect(output).not.toContain('rahsia');
  // The cause's name is the driver's: "error" from PGlite, "PostgresError" from postgres.js.
  expect(JSON.parse(output).error.cause).toEqual({
    name: expect.any(String),
    code: '22P02',
    message: 'invalid input syntax for type uuid',
  });
});

describe('what else an error or a field may carry', () => {
  test('an address in a message, a cause that is not an Error, and parameters handed over in a plain object', () => {
    const error = new Error('Resend refused ali.rahsia@testemail.com', { cause: { params: ['rahsia'] } });
    const output = printed(() => log.error('mail.failed', { error, query: { params: ['rahsia'], parameters: ['rahsia'] } }));
    expect(output).not.toContain('rahsia');
    expect(JSON.parse(output)).toEqual({
      at: expect.any(String),
      level: 'error',
      event: 'mail.failed',
      error: { name: 'Error', message: 'Resend refused [address]' },
      query: { params: '[redacted]', parameters: '[redacted]' },
    });
  });

  test('a code that is not a plain identifier is not kept', () => {
    const error = Object.assign(new Error('x'), { code: 'rahsia panjang: 850203145672' });
    expect(printed(() => log.error('x', { error }))).not.toContain('850203145672');
  });
});

test('an error printed straight to console.error (as Next.js prints a thrown one) keeps only its name, code and safe message', async () => {
  const user = await createUser(t.db);
  const answerHash = await hashSecret('jawapanrahsia');
  const error = await thrown(() =>
    t.db.insert(securityAnswers).values({ userId: user.id, question: 'Soalan\u0000', isCustom: true, answerHash }),
  );
  const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
  const undo = guardConsoleErrors();
  try {
    console.error('⨯', error);
    const output = spy.mock.calls
      .flat()
      .map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 10 })))
      .join(' ');
    expect(output).not.toContain(answerHash);
    expect(output).not.toContain(user.id);
    expect(output).not.toMatch(/params/i);
    expect(output).toMatch(/DrizzleQueryError\]?: Failed query: insert into "security_answers"/);
    expect(output).toContain("code: '22021'");
    // The frames are kept, so the error can still be traced.
    expect(output).toMatch(/\n\s+at /);
  } finally {
    undo();
    spy.mockRestore();
  }
});

test('a NUL in the own security question is refused by validation, and nothing reaches the database', async () => {
  const user = await createUser(t.db, { pendingSteps: ['security_question'] });
  const result = await setSecurityQuestion({
    userId: user.id,
    input: { question: 'custom', customQuestion: 'Apakah nama kucing saya?\u0000', answer: 'Comel' },
    ip: '203.0.113.7',
  });
  expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { customQuestion: ['hidden'] } });
  expect(await t.db.select().from(securityAnswers).where(eq(securityAnswers.userId, user.id))).toEqual([]);
});

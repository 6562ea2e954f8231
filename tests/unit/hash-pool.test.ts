/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { hash as inProcessHash, verify as inProcessVerify } from '@node-rs/argon2';
import { createHashPool, HASH_THREAD_NICENESS, type HashPool } from '@/lib/crypto/hash-pool';

const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Each thread's nice value, from /proc (Linux keeps one per thread): field 19 of stat, after the command's ')'. */
function threadNiceValues(): { tid: number; nice: number }[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      // Ended between the listing and the read (an earlier test's pool, closing): not a thread any more.
      return [];
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [{ tid: Number(tid), nice: Number(fields[16]) }];
  });
}

let pool: HashPool;
afterEach(() => pool?.close());

test('a hash made on the pool verifies in process and the other way round; a wrong secret does not', async () => {
  pool = createHashPool(2);
  const made = (await pool.run({ op: 'hash', secret: 'Kata-laluan 1', options: OPTIONS })) as string;
  expect(made).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await inProcessVerify(made, 'Kata-laluan 1')).toBe(true);
  const stored = await inProcessHash('Kata-laluan 2', OPTIONS);
  expect(await pool.run({ op: 'verify', stored, candidate: 'Kata-laluan 2' })).toBe(true);
  expect(await pool.run({ op: 'verify', stored, candidate: 'Kata-laluan 3' })).toBe(false);
});

test('a malformed hash is refused with an error that does not quote the secret, and the thread goes on working', async () => {
  pool = createHashPool(1);
  const failure = pool.run({ op: 'verify', stored: 'not a hash', candidate: 'Rahsia-saya 9' });
  await expect(failure).rejects.toThrow(/^argon2 verify failed: /);
  await expect(failure).rejects.not.toThrow(/Rahsia-saya/);
  expect(await pool.run({ op: 'verify', stored: await inProcessHash('x', OPTIONS), candidate: 'x' })).toBe(true);
  expect(pool.threads()).toBe(1);
});

test('more jobs than threads: every one answered, never more threads than the size', async () => {
  pool = createHashPool(2);
  const stored = await inProcessHash('sama', OPTIONS);
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) => pool.run({ op: 'verify', stored, candidate: i % 2 ? 'sama' : 'lain' })),
  );
  expect(answers).toEqual([false, true, false, true, false, true]);
  expect(pool.threads()).toBe(2);
});

const linux = process.platform === 'linux' ? test : test.skip;
linux('the hash threads run 10 nice levels below the event loop, which keeps its own priority', async () => {
  const before = threadNiceValues();
  const loopNice = before.find((t) => t.tid === process.pid)!.nice;
  pool = createHashPool(2);
  const stored = await inProcessHash('sama', OPTIONS);
  await Promise.all([pool.run({ op: 'verify', stored, candidate: 'sama' }), pool.run({ op: 'verify', stored, candidate: 'sama' })]);
  const known = new Set(before.map((t) => t.tid));
  const added = threadNiceValues().filter((t) => !known.has(t.tid));
  // Each worker brings threads of its own besides the one that hashes; the hashing thread is the one lowered.
  const lowered = Math.min(19, loopNice + HASH_THREAD_NICENESS);
  expect(loopNice).toBeLessThan(19); // else there is no lower priority to prove
  expect(added.filter((t) => t.nice === lowered).length).toBe(2);
  expect(threadNiceValues().find((t) => t.tid === process.pid)!.nice).toBe(loopNice);
});

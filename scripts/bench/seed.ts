/**
 * The bench's database work done directly, never through the server (for PGlite, whose folder one process at a
 * time may open, the bench runs this while its server is stopped). Run by scripts/bench/run.ts as
 *
 *   tsx --conditions=react-server scripts/bench/seed.ts <command> [arguments]    (DATABASE_URL, AUTH_SECRET set)
 *
 * - accounts <from> <to> <password>: accounts number from…to-1, active, every first-log-in step done and the
 *   current terms agreed, so a log-in lands on the dashboard. One Argon2id hash (lib/crypto/argon hashSecret)
 *   reused for every row: the hash's cost is per log-in, not per row, and 100,000 hashes would take an hour.
 * - emails <count>: that many messages queued in the outbox as the application queues them (enqueueEmail).
 * - search <rounds>: Pengguna's search (lib/admin/account-search.ts searchAccounts) by part of a name, by id and
 *   by e-mail, beside a primary-key read on the same connection; prints JSON with the times.
 *
 * Prints one line of JSON on stdout.
 */
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { closeDb, getDb } from '@/db';
import { termsConsents, users, type NewUser } from '@/db/schema';
import { searchAccounts } from '@/lib/admin/account-search';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { hashSecret } from '@/lib/crypto/argon';
import { enqueueEmail } from '@/lib/mail/outbox';

const FIRST = ['AHMAD', 'SITI', 'MUHAMMAD', 'NUR', 'LEE', 'TAN', 'KUMAR', 'RAJESWARI', 'AMINAH', 'FARID', 'WONG', 'DEVI'];
const SECOND = ['ZULKIFLI', 'HALIMAH', 'ISMAIL', 'AISYAH', 'CHONG', 'MEI LING', 'MURUGAN', 'SELVI', 'HASSAN', 'ROSNAH'];
const PARENT = ['ABDULLAH', 'OSMAN', 'YUSOF', 'RAHMAN', 'HAMID', 'IBRAHIM', 'SALLEH', 'KASSIM', 'ARUMUGAM', 'LIM'];

/** The bench's account number n: its id (12 digits, unique, never a real MyKad) and a varied name. */
export function benchAccount(n: number): { loginId: string; name: string; email: string } {
  const joiner = n % 2 === 0 ? 'BIN' : 'BINTI';
  const name = `${FIRST[n % FIRST.length]} ${SECOND[Math.floor(n / 12) % SECOND.length]} ${joiner} ${PARENT[Math.floor(n / 120) % PARENT.length]} ${n}`;
  return { loginId: `99${String(n).padStart(10, '0')}`, name, email: `bench${n}@contoh.com.my` };
}

async function seedAccounts(from: number, to: number, password: string) {
  const db = await getDb();
  const passwordHash = await hashSecret(password);
  const started = performance.now();
  const BATCH = 1000;
  for (let start = from; start < to; start += BATCH) {
    const rows: NewUser[] = [];
    for (let n = start; n < Math.min(to, start + BATCH); n += 1) {
      const a = benchAccount(n);
      rows.push({
        userType: 'individu',
        idType: 'mykad',
        loginId: a.loginId,
        name: a.name,
        email: a.email,
        status: 'active',
        passwordHash,
        passwordIsGenerated: false,
        generatedPasswordExpiresAt: null,
        passwordChangedAt: new Date(),
        pendingSteps: [],
      });
    }
    await db.transaction(async (tx) => {
      const ids = await tx.insert(users).values(rows).returning({ id: users.id });
      await tx
        .insert(termsConsents)
        .values(ids.map(({ id }) => ({ userId: id, termsVersion: CURRENT_TERMS_VERSION, acceptedAt: new Date() })));
    });
  }
  // As a database that grew to this size would be: its statistics current (autovacuum would have run), so the
  // figures measured next are neither the planner's guess for an empty table nor a concurrent ANALYZE.
  await db.execute(sql`analyze users`);
  await db.execute(sql`analyze terms_consents`);
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  return { seeded: to - from, accounts: count, seconds: (performance.now() - started) / 1000 };
}

async function seedEmails(count: number) {
  const db = await getDb();
  const started = performance.now();
  for (let start = 0; start < count; start += 100) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 100); i += 1) {
        const a = benchAccount(i);
        await enqueueEmail(tx, {
          template: 'password-changed',
          to: a.email,
          props: { name: a.name, maskedId: `${a.loginId.slice(0, 6)}-**-**${a.loginId.slice(10)}`, changedAt: new Date().toISOString() },
        });
      }
    });
  }
  return { queued: count, seconds: (performance.now() - started) / 1000 };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};

async function searchTimes(rounds: number) {
  const db = await getDb();
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  const fragments = [...FIRST, ...SECOND, ...PARENT].map((word) => word.slice(0, 3 + (word.length % 3)).toLowerCase());
  const times: Record<'name' | 'id' | 'email' | 'reference', number[]> = { name: [], id: [], email: [], reference: [] };
  const [one] = await db.select({ id: users.id }).from(users).limit(1);
  const timed = async (list: number[], run: () => Promise<unknown>) => {
    const at = performance.now();
    await run();
    list.push(performance.now() - at);
  };
  for (let i = 0; i < rounds + 5; i += 1) {
    const n = (i * 7919) % count;
    const a = benchAccount(n);
    const lists = i < 5 ? { name: [], id: [], email: [], reference: [] } : times; // the first five warm up
    await timed(lists.name, () => searchAccounts(db, { kind: 'name', q: fragments[i % fragments.length]!, page: 1 + (i % 3) }));
    await timed(lists.id, () => searchAccounts(db, { kind: 'id', q: a.loginId, page: 1 }));
    await timed(lists.email, () => searchAccounts(db, { kind: 'email', q: a.email, page: 1 }));
    await timed(lists.reference, () => db.select({ id: users.id }).from(users).where(eq(users.id, one!.id)));
  }
  const summary = (xs: number[]) => ({ p50: percentile(xs, 0.5), p95: percentile(xs, 0.95) });
  return {
    accounts: count,
    rounds,
    name: summary(times.name),
    id: summary(times.id),
    email: summary(times.email),
    reference: summary(times.reference),
  };
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  let result: unknown;
  if (command === 'accounts') result = await seedAccounts(Number(args[0]), Number(args[1]), args[2] ?? '');
  else if (command === 'emails') result = await seedEmails(Number(args[0]));
  else if (command === 'search') result = await searchTimes(Number(args[0] ?? 200));
  else throw new Error('usage: seed.ts accounts <from> <to> <password> | emails <count> | search <rounds>');
  await closeDb();
  console.log(JSON.stringify(result));
}

main().catch(async (error) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});

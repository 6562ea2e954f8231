import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { closeDb, getDb, type Db } from '@/db';
import { resetEnv } from '@/lib/config/env';
import { outboxSettled } from '@/lib/mail/outbox';

const baseUrl = process.env.DATABASE_URL ?? 'pglite:memory';
const onPostgres = /^postgres(ql)?:\/\//.test(baseUrl);

export type TestDatabase = { db: Db; url: string; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or — when DATABASE_URL names
 * a PostgreSQL server — a new database created on it and dropped afterwards, so files run in parallel.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  let url = 'pglite:memory';
  let name: string | undefined;
  if (onPostgres) {
    name = `ecos_test_${randomUUID().replaceAll('-', '')}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const parsed = new URL(baseUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  }
  process.env.DATABASE_URL = url;
  resetEnv();
  await closeDb();
  const db = await getDb();
  return {
    db,
    url,
    close: async () => {
      // A lock notice or a password e-mail kicked during the last test may still be delivering.
      await outboxSettled();
      await closeDb();
      if (name) {
        const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  };
}

export const testingOnPostgres = onPostgres;

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/config/env';
import { acquireFolderLock, releaseFolderLock } from './folder-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

/** close(timeoutSeconds): PostgreSQL waits that long for queries still running, then drops their connections. */
type Handle = { db: Db; kind: 'pglite' | 'postgres'; close: (timeoutSeconds?: number) => Promise<void> };

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
// Any fixed number: instances starting together wait for each other instead of racing the migrations.
const MIGRATION_LOCK_KEY = 7_263_001;

type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string | null };

export function databaseTarget(url = env().DATABASE_URL): Target {
  if (!url) return { kind: 'pglite', dir: path.join(process.cwd(), '.data', 'pglite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  const rest = url.slice('pglite:'.length);
  return { kind: 'pglite', dir: rest === 'memory' ? null : path.resolve(rest) };
}

async function open(): Promise<Handle> {
  const target = databaseTarget();
  if (target.kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // One connection holds the advisory lock for the whole migration.
    const lockClient = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migrate(drizzle({ client: lockClient }), { migrationsFolder: MIGRATIONS });
      await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    } finally {
      await lockClient.end();
    }
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzle({ client, schema }) as unknown as Db,
      kind: 'postgres',
      close: (timeout) => client.end(timeout === undefined ? undefined : { timeout }),
    };
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (target.dir) {
    mkdirSync(path.dirname(target.dir), { recursive: true });
    acquireFolderLock(target.dir);
  }
  // PGlite ships pg_trgm but loads an extension only when told (migration 0005 creates it: the name search).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const client = await PGlite.create(target.dir ?? undefined, { extensions: { pg_trgm } });
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      if (target.dir) releaseFolderLock(target.dir);
    },
  };
}

// Cached on globalThis so that hot reloads in development reuse one client (PGlite allows one per folder).
const store = globalThis as unknown as { __ecosDb?: Promise<Handle> };

function handle(): Promise<Handle> {
  if (!store.__ecosDb) {
    store.__ecosDb = open().catch((error) => {
      store.__ecosDb = undefined;
      throw error;
    });
  }
  return store.__ecosDb;
}

/** The database, opened and migrated on first use. */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function databaseKind(): Promise<Handle['kind']> {
  return (await handle()).kind;
}

/**
 * Closes the pool. With `timeoutSeconds` (graceful shutdown), PostgreSQL connections still busy after that long
 * are dropped, and the server rolls back their transactions.
 */
export async function closeDb({ timeoutSeconds }: { timeoutSeconds?: number } = {}): Promise<void> {
  const current = store.__ecosDb;
  store.__ecosDb = undefined;
  if (current) await (await current).close(timeoutSeconds);
}

export { schema };

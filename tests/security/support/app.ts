import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startFakeResend, type FakeResend } from '../../../tools/fake-resend';

/**
 * The production build started the way the README says (`npm start`, i.e. node server.mjs), one per spec
 * file, each with its own fresh database — a PGlite folder, or a new database on the PostgreSQL server named
 * by SECURITY_DATABASE_URL — its own settings, and a local fake of Resend's API behind the real SDK.
 */
export const CAPTCHA_ANSWER = 'LULUS-UJIAN';
const ROOT = path.resolve(__dirname, '../../..');
const pgBase = process.env.SECURITY_DATABASE_URL;
export const onPostgres = !!pgBase;

export type Row = Record<string, unknown>;

export type App = {
  baseURL: string;
  mail: FakeResend;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  /**
   * Reads the database. On PGlite, whose folder one process at a time may open, this stops the server
   * first: call it at the end of a test file.
   */
  query: (sql: string, params?: unknown[]) => Promise<Row[]>;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type Database = { url: string; drop: () => Promise<void> };

/**
 * A fresh database: a new PGlite folder under the system's temporary directory (removed by `drop`), or a new
 * database on the PostgreSQL server `pgServer` names (dropped by `drop`).
 */
export async function createDatabase(pgServer: string | undefined, label: string): Promise<Database> {
  if (!pgServer || pgServer.startsWith('pglite:')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `ecos-${label}-`));
    return { url: `pglite:${path.join(dir, 'pglite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `ecos_${label}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(pgServer, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(pgServer, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** A fresh database for one spec file or test: on the server SECURITY_DATABASE_URL names, else PGlite. */
export const newDatabase = (): Promise<Database> => createDatabase(pgBase, 'sec');

/** The settings a production start needs, as a test would run it. */
export function productionEnv(port: number, databaseUrl: string, resendUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'security-suite-secret-security-suite-secret',
    AUTH_TRUST_HOST: 'true',
    APP_URL: `http://127.0.0.1:${port}`,
    RESEND_API_KEY: 're_security_suite',
    RESEND_BASE_URL: resendUrl,
    CAPTCHA_PROVIDER: 'test',
    CAPTCHA_TEST_ANSWER: CAPTCHA_ANSWER,
    OUTBOX_POLL_SECONDS: '1',
    LOG_LEVEL: 'info',
    NEXT_TELEMETRY_DISABLED: '1',
    // A build made with NEXT_DIST_DIR (several side by side in one checkout) is the one started.
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
  };
}

/** Runs `npm start` (node server.mjs) with `env` (and Node's own `nodeOptions`: the bench's --cpu-prof) and collects what it prints; resolves when it exits or is stopped. */
export function runServer(
  env: Record<string, string>,
  nodeOptions: string[] = [],
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [...nodeOptions, 'server.mjs'], {
    cwd: ROOT,
    // Only what the test chooses, plus PATH: nothing leaks in from the developer's shell.
    env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

export type Instance = ReturnType<typeof runServer> & {
  baseURL: string;
  /** SIGTERM; the exit code and how long the exit took, or null (and SIGKILL) when it did not exit within `ms`. */
  terminate: (ms: number) => Promise<{ code: number | null; ms: number } | null>;
};

/**
 * `npm start` on an existing database and fake Resend, once it answers: several may run on one PostgreSQL
 * database (one at a time on a PGlite folder).
 */
export async function startInstance(databaseUrl: string, mailUrl: string, overrides: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const server = runServer({
    ...productionEnv(port, databaseUrl, mailUrl),
    ...overrides,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const code = await Promise.race([server.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 200))]);
    if (code !== 'running') throw new Error(`the server exited (${code}) before it answered:\n${server.output()}`);
    // Any answer means the application started (instrumentation: migrations, the outbox worker, the shutdown).
    if (await fetch(`${baseURL}/api/health`).catch(() => null)) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 90 s:\n${server.output()}`);
  }
  const terminate = async (ms: number) => {
    const sent = Date.now();
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, new Promise<'late'>((r) => setTimeout(() => r('late'), ms))]);
    if (code !== 'late') return { code, ms: Date.now() - sent };
    server.child.kill('SIGKILL');
    await server.exited;
    return null;
  };
  return { ...server, baseURL, terminate };
}

export async function startApp(overrides: Record<string, string> = {}): Promise<App> {
  const mail = await startFakeResend();
  const database = await newDatabase();
  const server = await startInstance(database.url, mail.url, overrides);
  const baseURL = server.baseURL;

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (server.child.exitCode === null) await server.terminate(5000);
  };

  let client: { query: App['query']; end: () => Promise<void> } | undefined;
  const open = async () => {
    if (client) return client;
    if (database.url.startsWith('pglite:')) {
      await stop();
      const { PGlite } = await import('@electric-sql/pglite');
      const db = await PGlite.create(database.url.slice('pglite:'.length));
      client = { query: async (sql, params) => (await db.query<Row>(sql, params)).rows, end: () => db.close() };
    } else {
      const pg = postgres(database.url, { max: 2, onnotice: () => {} });
      client = { query: async (sql, params) => (await pg.unsafe(sql, (params ?? []) as never[])) as unknown as Row[], end: () => pg.end() };
    }
    return client;
  };

  return {
    baseURL,
    mail,
    output: server.output,
    query: async (sql, params) => (await open()).query(sql, params),
    stop: async () => {
      await stop();
      await client?.end();
      await mail.close();
      await database.drop();
    },
  };
}

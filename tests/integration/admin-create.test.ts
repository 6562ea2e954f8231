/** @jest-environment node */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '@/db';
import { auditLog, emailOutbox, users } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { freshDatabase, testingOnPostgres, type TestDatabase } from '../helpers/db';

// npm run admin:create, spawned as a developer runs it, against a PGlite folder or a fresh PostgreSQL database.
let url: string;
let pg: TestDatabase | undefined;
let dir: string | undefined;

beforeAll(async () => {
  if (testingOnPostgres) {
    pg = await freshDatabase();
    url = pg.url;
    await closeDb();
  } else {
    dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ecos-admin-')), 'pglite');
    url = `pglite:${dir}`;
  }
}, 180_000);
afterAll(async () => {
  await closeDb();
  if (pg) await pg.close();
  if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
});

function adminCreate(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawn(
    process.execPath,
    [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/admin-create.ts', ...args],
    { env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url, STAFF_EMAIL_DOMAIN: 'st.gov.my' } },
  );
  let stdout = '';
  let stderr = '';
  run.stdout.on('data', (chunk) => (stdout += chunk));
  run.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => run.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The database as the script left it, opened once the script has ended (PGlite allows one process per folder). */
async function openDb() {
  process.env.DATABASE_URL = url;
  resetEnv();
  await closeDb();
  return getDb();
}

test('creates an administrator, refuses an address outside the staff domain, and a second run changes nothing', async () => {
  const outside = await adminCreate('--id', 'ST-0042', '--name', 'Aminah binti Ali', '--email', 'aminah@gmail.com');
  expect(outside.code).toBe(2);
  expect(outside.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Refused \(email\): .*@st\.gov\.my/)]);

  const usage = await adminCreate('--id', 'ST-0042');
  expect(usage.code).toBe(2);
  expect(usage.stderr).toMatch(/^Usage: npm run admin:create/);

  const created = await adminCreate('--id', 'ST-0042', '--name', 'Aminah binti Ali', '--email', 'Aminah@ST.gov.my');
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
  expect(created.stdout).toMatch(/^Administrator ST0042 created; the generated password is queued for aminah@st\.gov\.my/);

  const again = await adminCreate('--id', 'st0042', '--name', 'Aminah binti Ali', '--email', 'aminah@st.gov.my');
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/already an administrator/);

  const db = await openDb();
  const [row] = await db.select().from(users).where(eq(users.loginId, 'ST0042'));
  expect(row).toMatchObject({ userType: 'kakitangan', idType: 'staff', role: 'admin', status: 'pending', passwordIsGenerated: true });
  const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.template, 'generated-password'));
  expect(mails).toHaveLength(1);
  const audit = await db.select().from(auditLog).where(eq(auditLog.targetUserId, row.id));
  expect(audit).toEqual([
    expect.objectContaining({ action: 'admin.created', actorUserId: null, details: { actor: 'cli', promoted: false } }),
  ]);

  // Promoting: an existing Kakitangan account keeps its password; its sessions end.
  const [staff] = await db
    .insert(users)
    .values({
      userType: 'kakitangan',
      idType: 'staff',
      loginId: 'ST0043',
      name: 'BADRUL',
      email: 'badrul@st.gov.my',
      passwordHash: 'x',
      status: 'active',
    })
    .returning();
  await db
    .insert(users)
    .values({ userType: 'individu', idType: 'mykad', loginId: 'ST0044', name: 'CHONG', email: 'chong@st.gov.my', passwordHash: 'x' });
  await closeDb();
  const promoted = await adminCreate('--id', 'ST0043', '--name', 'Badrul', '--email', 'badrul@st.gov.my');
  expect(promoted.code).toBe(0);
  expect(promoted.stdout).toMatch(/ST0043 is now an administrator/);
  const notStaff = await adminCreate('--id', 'ST0044', '--name', 'Chong', '--email', 'chong@st.gov.my');
  expect(notStaff.code).toBe(2);
  expect(notStaff.stderr).toMatch(/not a Kakitangan account/);

  const db2 = await openDb();
  const [after] = await db2.select().from(users).where(eq(users.id, staff.id));
  expect(after).toMatchObject({ role: 'admin', passwordHash: 'x', sessionVersion: staff.sessionVersion + 1 });
  await closeDb();
}, 300_000);

(testingOnPostgres ? test.skip : test)(
  'refuses, with one clear line, a PGlite folder that a running server holds',
  async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(`${dir}.pid`, String(holder.pid));
      const run = await adminCreate('--id', 'ST0050', '--name', 'Aminah', '--email', 'a@st.gov.my');
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^The database folder .*pglite is in use by process ${holder.pid}`));
    } finally {
      holder.kill();
    }
  },
  120_000,
);

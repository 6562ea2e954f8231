/** @jest-environment node */
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { listAuditRows } from '@/db/queries/audit-log';
import { auditCsvStream } from '@/lib/admin/audit-export';
import { parseAuditQuery, summariseDetails, type AuditFilter } from '@/lib/admin/audit-search';
import type { SessionUser } from '@/lib/auth/guards';
import { GET } from '@/app/[locale]/(portal)/admin/log-audit/eksport/route';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { openSession } from '../helpers/sessions';
import { createUser } from '../helpers/users';

let signedIn: SessionUser | null = null;
jest.mock('@/lib/auth/guards', () => ({ optionalUser: async () => signedIn }));
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.44', userAgent: null }) }));

/**
 * Log Audit (decision 0006): the filters (canonical login ids, a date range in Malaysia time), keyset pages
 * newest first, the streamed CSV export (every filtered row, formula cells neutralised, audited, refused to
 * anyone else), and the log's append-only trigger, on PGlite and PostgreSQL.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
}, 180_000);
afterAll(() => t.close());

let serial = 0;
async function staff(role: 'user' | 'officer' | 'admin', name = 'PEGAWAI UJIAN') {
  serial += 1;
  return createUser(t.db, {
    userType: 'kakitangan',
    idType: 'staff',
    loginId: `AU${String(serial).padStart(4, '0')}`,
    email: `audit${serial}@st.gov.my`,
    status: 'active',
    role,
    name,
    pendingSteps: [],
  });
}

/** A signed-in session as the guard reads it; `verified`: the second factor proven in it. */
async function signIn(user: { id: string }, role: SessionUser['role'], verified: boolean) {
  const sessionId = await openSession(t.db, user.id, { secondFactor: verified });
  signedIn = { id: user.id, sessionId, type: 'kakitangan', role, pendingSteps: [], remember: false };
}

const insert = (rows: (typeof auditLog.$inferInsert)[]) => t.db.insert(auditLog).values(rows);
const filterOf = (query: Record<string, string>): AuditFilter => {
  const parsed = parseAuditQuery(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filter;
};

async function download(query = ''): Promise<Response> {
  return GET(new Request(`http://localhost/admin/log-audit/eksport${query}`));
}

/** RFC 4180 lines, enough for these rows (quoted cells hold no line break here). */
function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const cells: string[] = [];
      let rest = line;
      while (rest !== '') {
        const m = rest.startsWith('"') ? /^"((?:[^"]|"")*)"(,|$)/.exec(rest) : /^([^,]*)(,|$)/.exec(rest);
        cells.push(m![1].replaceAll('""', '"'));
        rest = rest.slice(m![0].length);
        if (m![2] === ',' && rest === '') cells.push('');
      }
      return cells;
    });
}

test('filters by action, by the actor and target login ids as typed, and by Malaysian days', async () => {
  const officer = await staff('officer', 'SITI PEGAWAI');
  const applicant = await createUser(t.db, { loginId: '880101011234', status: 'active', name: 'ALI PEMOHON' });
  await insert([
    // 1 March 23:59:59.999 in Malaysia, then 2 March 00:00 and 23:59:59.999, then 3 March 00:00.
    { action: 'admin.account_locked', actorUserId: officer.id, targetUserId: applicant.id, at: new Date('2026-03-01T15:59:59.999Z') },
    { action: 'admin.account_locked', actorUserId: officer.id, targetUserId: applicant.id, at: new Date('2026-03-01T16:00:00.000Z') },
    { action: 'admin.account_unlocked', actorUserId: officer.id, targetUserId: applicant.id, at: new Date('2026-03-02T15:59:59.999Z') },
    { action: 'admin.account_locked', actorUserId: officer.id, targetUserId: applicant.id, at: new Date('2026-03-02T16:00:00.000Z') },
  ]);

  const byTarget = await listAuditRows(t.db, filterOf({ target: '880101-01-1234' }), 50);
  expect(byTarget.map((r) => r.at.toISOString())).toEqual([
    '2026-03-02T16:00:00.000Z',
    '2026-03-02T15:59:59.999Z',
    '2026-03-01T16:00:00.000Z',
    '2026-03-01T15:59:59.999Z',
  ]);
  expect(byTarget[0]).toMatchObject({
    actorLoginId: officer.loginId,
    actorName: 'SITI PEGAWAI',
    targetLoginId: '880101011234',
    targetName: 'ALI PEMOHON',
  });

  const day = await listAuditRows(t.db, filterOf({ target: '880101011234', from: '2026-03-02', to: '2026-03-02' }), 50);
  expect(day.map((r) => r.at.toISOString())).toEqual(['2026-03-02T15:59:59.999Z', '2026-03-01T16:00:00.000Z']);

  const locks = await listAuditRows(t.db, filterOf({ actor: officer.loginId.toLowerCase(), action: 'admin.account_locked' }), 50);
  expect(locks).toHaveLength(3);
  expect(await listAuditRows(t.db, filterOf({ actor: 'TIADA9999' }), 50)).toEqual([]);
});

test('refuses a filter it cannot read, beside the field', () => {
  expect(parseAuditQuery({ from: '2026-02-30' })).toMatchObject({ ok: false, errors: { from: 'adminAudit.filter.errors.date' } });
  expect(parseAuditQuery({ from: '2026-03-05', to: '2026-03-04' })).toMatchObject({
    ok: false,
    errors: { to: 'adminAudit.filter.errors.order' },
  });
  expect(parseAuditQuery({ action: "auth.login' or 1=1" })).toMatchObject({
    ok: false,
    errors: { action: 'adminAudit.filter.errors.action' },
  });
  expect(parseAuditQuery({ actor: 'AB\u202eC' })).toMatchObject({ ok: false, errors: { actor: 'adminAudit.filter.errors.characters' } });
  expect(parseAuditQuery({ target: 'x'.repeat(500) })).toMatchObject({ ok: false });
  expect(parseAuditQuery({ sebelum: '1; drop table users' })).toEqual({ ok: true, filter: {} });
});

test('pages of 50, newest first, by keyset: every row once, rows of the same instant included', async () => {
  const target = await staff('user');
  const at = new Date('2026-04-01T02:00:00Z');
  // 120 rows, 30 of them at one instant (one statement), the others a second apart.
  await insert(Array.from({ length: 30 }, () => ({ action: 'auth.login', targetUserId: target.id, at })));
  await insert(
    Array.from({ length: 90 }, (_, i) => ({ action: 'auth.login', targetUserId: target.id, at: new Date(at.getTime() + (i - 45) * 1000) })),
  );
  const filter = filterOf({ target: target.loginId });
  const seen: number[] = [];
  let cursor: string | undefined;
  const sizes: number[] = [];
  for (;;) {
    const page = await listAuditRows(t.db, filter, 50, cursor);
    sizes.push(page.length);
    seen.push(...page.map((r) => r.id));
    for (let i = 1; i < page.length; i += 1) expect(page[i - 1].at.getTime()).toBeGreaterThanOrEqual(page[i].at.getTime());
    if (page.length < 50) break;
    cursor = String(page[page.length - 1].id);
  }
  expect(sizes).toEqual([50, 50, 20]);
  expect(new Set(seen).size).toBe(120);
});

test('the details are summarised without a secret', () => {
  const line = summariseDetails({
    passwordHash: '$argon2id$…',
    token: 'abc',
    totpSecret: 'S',
    note: 'line one\nline two',
    from: 'user',
    to: 'officer',
  });
  expect(line).toBe('note: line one line two; from: user; to: officer');
  expect(summariseDetails({ note: 'x'.repeat(500) }).length).toBeLessThanOrEqual(300);
});

test('the export streams every filtered row, in batches, formulas neutralised, with a BOM and a header', async () => {
  const evil = await createUser(t.db, { status: 'active', name: '=HYPERLINK("http://evil.example","klik")', loginId: '770101017777' });
  await insert([
    { action: 'profile.saved', targetUserId: evil.id, ip: '192.0.2.1', details: { note: 'a,b "c"' } },
    ...Array.from({ length: 23 }, (_, i) => ({ action: 'profile.saved', targetUserId: evil.id, ip: '192.0.2.1', details: { n: i } })),
  ]);
  const filter = filterOf({ target: '770101-01-7777' });
  const reader = auditCsvStream(t.db, filter, 'ms', 5).getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  // The header, then one chunk per batch of 5: 24 rows → 5 batches.
  expect(chunks).toHaveLength(1 + 5);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(bytes.toString('utf8').slice(1));
  expect(rows[0]).toEqual([
    'No.',
    'Masa (waktu Malaysia)',
    'Tindakan',
    'Kod tindakan',
    'Id pengguna pelaku',
    'Nama pelaku',
    'Id pengguna sasaran',
    'Nama sasaran',
    'Alamat klien',
    'Butiran',
  ]);
  expect(rows).toHaveLength(25);
  for (const row of rows.slice(1)) {
    expect(row).toHaveLength(10);
    expect(row[2]).toBe('Profil disimpan');
    expect(row[7]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(row[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
  }
  expect(rows[rows.length - 1][9]).toBe('note: a,b "c"');
});

test('the export route: refused to others (404, or 403 owing the second factor), audited with its filter', async () => {
  const applicant = await createUser(t.db, { status: 'active' });
  const pending = await staff('officer');
  const officer = await staff('officer');
  const target = await createUser(t.db, { status: 'active', loginId: '660101016666', name: '+601 ORANG' });
  await insert([
    { action: 'auth.login', targetUserId: target.id, at: new Date('2026-05-10T01:00:00Z') },
    { action: 'auth.login', targetUserId: target.id, at: new Date('2026-05-11T01:00:00Z') },
    { action: 'auth.logout', targetUserId: target.id, at: new Date('2026-05-10T02:00:00Z') },
  ]);
  const query = '?action=auth.login&target=660101-01-6666&from=2026-05-10&to=2026-05-10';

  signedIn = null;
  expect((await download(query)).status).toBe(404);
  await signIn(applicant, 'user', false);
  expect((await download(query)).status).toBe(404);
  await signIn(pending, 'officer', false);
  expect((await download(query)).status).toBe(403);
  const refusals = await t.db.select().from(auditLog).where(eq(auditLog.action, 'admin.refused'));
  expect(refusals.map((r) => [r.actorUserId, r.details])).toEqual([
    [null, { name: 'action:exportAuditLog', reason: 'anonymous' }],
    [applicant.id, { name: 'action:exportAuditLog', reason: 'role' }],
    [pending.id, { name: 'action:exportAuditLog', reason: 'second_factor' }],
  ]);

  await signIn(officer, 'officer', true);
  expect((await download('?from=2026-13-01')).status).toBe(400);
  const response = await download(query);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="log-audit-\d{8}-\d{4}\.csv"$/);
  const rows = csvRows((await response.text()).replace(/^\uFEFF/, ''));
  expect(rows.slice(1).map((r) => [r[3], r[6], r[7]])).toEqual([['auth.login', '660101016666', "'+601 ORANG"]]);

  const [exported] = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'admin.audit_exported'), eq(auditLog.actorUserId, officer.id)));
  expect(exported).toMatchObject({
    ip: '203.0.113.44',
    details: { filter: { action: 'auth.login', target: '660101016666', from: '2026-05-10', to: '2026-05-10' } },
  });
});

test('the audit log is append-only: an UPDATE or a DELETE of a row is refused', async () => {
  await insert([{ action: 'auth.login', details: { mark: 'append-only-test' } }]);
  const [row] = await t.db
    .select()
    .from(auditLog)
    .where(sql`${auditLog.details} ->> 'mark' = 'append-only-test'`);
  const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
  await expect(t.db.update(auditLog).set({ action: 'auth.logout' }).where(eq(auditLog.id, row.id))).rejects.toMatchObject(refused);
  await expect(t.db.delete(auditLog).where(eq(auditLog.id, row.id))).rejects.toMatchObject(refused);
  const [after] = await t.db.select().from(auditLog).where(eq(auditLog.id, row.id));
  expect(after).toEqual(row);
});

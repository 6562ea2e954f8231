import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditActionLabel } from '@/lib/admin/audit-labels';
import {
  AUDIT_ACTIONS,
  auditQueryString,
  csvCell,
  csvLine,
  malaysiaDayStart,
  parseAuditQuery,
  summariseDetails,
} from '@/lib/admin/audit-search';

test.each([
  ['=1+1', "'=1+1"],
  ['+60123456789', "'+60123456789"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['\rx', `"'\rx"`],
  ['=A1,"B"', `"'=A1,""B"""`],
  ['ALI BIN ABU', 'ALI BIN ABU'],
  ['a\nb', '"a\nb"'],
  ['', ''],
])('csvCell(%j) is %j: a formula cell is neutralised, quotes and breaks quoted', (input, output) => {
  expect(csvCell(input)).toBe(output);
});

test('a CSV line ends with CRLF', () => {
  expect(csvLine(['a', null, '=x'])).toBe("a,,'=x\r\n");
});

test('a Malaysian day starts at 16:00 UTC the day before; a day that does not exist is refused', () => {
  expect(malaysiaDayStart('2026-03-02')?.toISOString()).toBe('2026-03-01T16:00:00.000Z');
  expect(malaysiaDayStart('2026-01-01')?.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  for (const bad of ['2026-02-29', '2026-13-01', '26-03-02', '2026-3-2', '1999-12-31', '']) expect(malaysiaDayStart(bad)).toBeNull();
  const parsed = parseAuditQuery({ from: '2026-03-02', to: '2026-03-03' });
  expect(parsed).toMatchObject({ ok: true });
  if (parsed.ok) {
    expect(parsed.filter.since?.toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(parsed.filter.until?.toISOString()).toBe('2026-03-03T16:00:00.000Z');
  }
});

test('the query string carries the filter only, canonical', () => {
  const parsed = parseAuditQuery({ actor: ' st-0001 ', action: 'auth.login', sebelum: '42' });
  expect(parsed).toMatchObject({ ok: true, cursor: '42' });
  if (parsed.ok) expect(auditQueryString(parsed.filter, { sebelum: '7' })).toBe('?action=auth.login&actor=ST0001&sebelum=7');
});

test('every listed action has a label in both languages; an unknown one shows its code', () => {
  for (const code of AUDIT_ACTIONS) {
    expect(auditActionLabel('ms', code)).not.toBe(code);
    expect(auditActionLabel('en', code)).not.toBe(code);
  }
  expect(auditActionLabel('ms', 'auth.login')).toBe('Log masuk');
  expect(auditActionLabel('ms', 'new.thing')).toBe('new.thing');
  expect(auditActionLabel('ms', 'constructor.name')).toBe('constructor.name');
  expect(auditActionLabel('ms', 'auth.toString')).toBe('auth.toString');
});

/**
 * Log Audit's action filter lists exactly what the code writes to audit_log: every action literal handed to
 * recordAudit (or to guardedAttempt as its failure action) in lib/, app/ and scripts/ is in AUDIT_ACTIONS, and
 * every entry of AUDIT_ACTIONS is written somewhere, so the filter neither misses a kind of row nor offers one that
 * never exists.
 */
test('the action filter lists exactly the actions the code writes to the audit log', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['lib', 'app', 'scripts']) walk(path.join(process.cwd(), dir));
  const written = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!/recordAudit|failureAction/.test(source)) continue;
    // `action: 'x.y'`, `failureAction: 'x.y'`, and both arms of `action: cond ? 'x.y' : 'x.z'`.
    for (const match of source.matchAll(/(?:action|failureAction):\s*([^,\n}]+)/g)) {
      for (const literal of match[1]!.matchAll(/'([a-z]+\.[a-z_]+)'/g)) written.add(literal[1]!);
    }
  }
  expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  expect(AUDIT_ACTIONS.filter((a) => !written.has(a))).toEqual([]);
});

test('a moment in the details is shown in Malaysia time, as the time column is; other text is left as written', () => {
  expect(summariseDetails({ lockedUntil: '2026-11-30T02:15:00.000Z', reason: 'privileged_lock' })).toBe(
    'lockedUntil: 30/11/2026 10:15; reason: privileged_lock',
  );
  expect(summariseDetails({ note: '2026-11-30 sahaja', at: '2026-13-45T99:99:00Z' })).toBe(
    'note: 2026-11-30 sahaja; at: 2026-13-45T99:99:00Z',
  );
});

/** @jest-environment node */
import {
  checkSession,
  checkSessionAndRow,
  lastSeenIsStale,
  newSessionClaims,
  readClaims,
  type AccountState,
  type BaseSessionClaims,
} from '@/lib/auth/session-policy';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const t0 = Date.UTC(2026, 10, 24, 1, 0, 0);

const user = { id: 'u-1', userType: 'individu' as const, role: 'user' as const, pendingSteps: [], sessionVersion: 3 };
const account: AccountState = { sessionVersion: 3, pendingSteps: [], status: 'active', role: 'user' };

/** A session kept busy with a request every `every` ms until `until`, as the browser would. */
function keepBusy(claims: BaseSessionClaims, until: number, every = 10 * MIN, state = account) {
  let current = claims;
  for (let now = claims.issuedAt + every; now <= until; now += every) {
    const result = checkSession(current, state, now);
    if (!result.ok) return { endedAt: now, reason: result.reason };
    current = result.claims;
  }
  return { endedAt: null, claims: current };
}

test('without Ingati Katalaluan: a busy session ends after 12 hours', () => {
  const claims = newSessionClaims(user, false, t0);
  expect(keepBusy(claims, t0 + 12 * HOUR - MIN).endedAt).toBeNull();
  expect(keepBusy(claims, t0 + 13 * HOUR)).toMatchObject({ endedAt: t0 + 12 * HOUR, reason: 'expired' });
});

test('without Ingati Katalaluan: 30 minutes without a request ends it', () => {
  const claims = newSessionClaims(user, false, t0);
  expect(checkSession(claims, account, t0 + 29 * MIN).ok).toBe(true);
  expect(checkSession(claims, account, t0 + 30 * MIN)).toEqual({ ok: false, reason: 'idle' });
});

test('each request moves the idle limit on', () => {
  const claims = newSessionClaims(user, false, t0);
  const seen = checkSession(claims, account, t0 + 20 * MIN);
  if (!seen.ok) throw new Error('expected a valid session');
  expect(checkSession(seen.claims, account, t0 + 45 * MIN).ok).toBe(true);
});

test('with Ingati Katalaluan: 30 days, with no idle limit', () => {
  const claims = newSessionClaims(user, true, t0);
  expect(claims.remember).toBe(true);
  expect(checkSession(claims, account, t0 + 10 * DAY).ok).toBe(true);
  expect(checkSession(claims, account, t0 + 30 * DAY)).toEqual({ ok: false, reason: 'expired' });
});

test.each(['officer', 'admin'] as const)('an %s never gets the long session, even when ticking the box', (role) => {
  const claims = newSessionClaims({ ...user, role }, true, t0);
  expect(claims.remember).toBe(false);
  expect(checkSession(claims, { ...account, role }, t0 + 30 * MIN)).toEqual({ ok: false, reason: 'idle' });
});

test('a role granted during a remembered session takes the long session away', () => {
  const claims = newSessionClaims(user, true, t0);
  const result = checkSession(claims, { ...account, role: 'officer' }, t0 + HOUR);
  expect(result.ok && result.claims.remember).toBe(false);
});

test('a changed session version (password changed elsewhere) ends the session', () => {
  const claims = newSessionClaims(user, true, t0);
  expect(checkSession(claims, { ...account, sessionVersion: 4 }, t0 + MIN)).toEqual({ ok: false, reason: 'version' });
});

test.each(['locked', 'disabled'] as const)('a %s account ends the session', (status) => {
  const claims = newSessionClaims(user, true, t0);
  expect(checkSession(claims, { ...account, status }, t0 + MIN)).toEqual({ ok: false, reason: 'status' });
});

test('a deleted account ends the session', () => {
  expect(checkSession(newSessionClaims(user, false, t0), undefined, t0 + MIN)).toEqual({ ok: false, reason: 'gone' });
});

test('the steps owed come from the database, not the token', () => {
  const claims = newSessionClaims({ ...user, pendingSteps: ['terms', 'password'] }, false, t0);
  const result = checkSession(claims, { ...account, pendingSteps: ['password'] }, t0 + MIN);
  expect(result.ok && result.claims.pendingSteps).toEqual(['password']);
});

test('a token that is not ours is no session', () => {
  expect(readClaims({ sub: 'x', name: 'someone' })).toBeNull();
  const claims = { ...newSessionClaims(user, false, t0), sessionId: SESSION_ID };
  expect(readClaims(claims)).toEqual(claims);
  expect(readClaims({ ...claims, role: 'root' })).toBeNull();
});

const SESSION_ID = '0b6f2c1e-4a8d-4c55-9a43-1f0e2d3c4b5a';

test('a token without a session id (from before per-session ids) or with one that is not a UUID is no session', () => {
  expect(readClaims(newSessionClaims(user, false, t0))).toBeNull();
  expect(readClaims({ ...newSessionClaims(user, false, t0), sessionId: "x' or 1=1" })).toBeNull();
});

test("a session's own row decides too: missing or ended is over, whatever the account says", () => {
  const claims = { ...newSessionClaims(user, false, t0), sessionId: SESSION_ID };
  const row = { revokedAt: null, lastSeenAt: new Date(t0) };
  expect(checkSessionAndRow(claims, { ...account, session: row }, t0 + MIN).ok).toBe(true);
  expect(checkSessionAndRow(claims, { ...account, session: null }, t0 + MIN)).toEqual({ ok: false, reason: 'ended' });
  expect(checkSessionAndRow(claims, { ...account, session: { ...row, revokedAt: new Date(t0) } }, t0 + MIN)).toEqual({
    ok: false,
    reason: 'ended',
  });
  // The account's own reasons come first: a password changed elsewhere is reported as such.
  expect(checkSessionAndRow(claims, { ...account, sessionVersion: 4, session: row }, t0 + MIN)).toEqual({ ok: false, reason: 'version' });
});

test('last seen is written at most once a minute', () => {
  const row = { revokedAt: null, lastSeenAt: new Date(t0) };
  expect(lastSeenIsStale(row, t0 + MIN - 1)).toBe(false);
  expect(lastSeenIsStale(row, t0 + MIN)).toBe(true);
});

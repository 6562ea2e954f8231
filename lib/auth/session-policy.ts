import type { RequiredStep, UserType } from '@/db/schema';

/**
 * What a session token carries and the rules that keep it valid (requirements §2.1, §5; OWASP ASVS L2 §3.3).
 * Pure functions: the jwt callback in auth.ts feeds them the token and a fresh read of the account, and
 * tests call them directly without Next.js.
 */
export type Role = 'user' | 'officer' | 'admin';

export type SessionClaims = BaseSessionClaims & {
  /** This log-in's row in user_sessions (db/queries/sessions.ts): ends on its own at Log Keluar. */
  sessionId: string;
};

/** The claims that the rules below read; the jwt callback adds the session id, which only the database check needs. */
export type BaseSessionClaims = {
  userId: string;
  type: UserType;
  role: Role;
  pendingSteps: RequiredStep[];
  sessionVersion: number;
  /** Milliseconds since the epoch: when the user logged in (the JWT's own iat moves at each re-signing). */
  issuedAt: number;
  lastSeenAt: number;
  /** Ingati Katalaluan: a long session. Never true for officers and administrators. */
  remember: boolean;
};

/** The account as the database has it now (db/queries/sessions.ts getSessionCheckState). */
export type AccountState = {
  sessionVersion: number;
  pendingSteps: RequiredStep[];
  status: 'pending' | 'active' | 'locked' | 'disabled';
  role: Role;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const SESSION_LIMITS = {
  /** Without Ingati Katalaluan: 12 hours however active, and 30 minutes without a request. */
  absoluteMs: 12 * HOUR,
  idleMs: 30 * MINUTE,
  /** With Ingati Katalaluan. */
  rememberMs: 30 * 24 * HOUR,
  /** The idle warning appears this long before the idle limit (WCAG 2.2.1). */
  warnBeforeIdleMs: 2 * MINUTE,
} as const;

/** Officers and administrators never get the long session, whatever they tick. */
export function mayRemember(role: Role, asked: boolean): boolean {
  return asked && role === 'user';
}

export function newSessionClaims(
  user: { id: string; userType: UserType; role: Role; pendingSteps: RequiredStep[]; sessionVersion: number },
  remember: boolean,
  now: number,
): BaseSessionClaims {
  return {
    userId: user.id,
    type: user.userType,
    role: user.role,
    pendingSteps: user.pendingSteps,
    sessionVersion: user.sessionVersion,
    issuedAt: now,
    lastSeenAt: now,
    remember: mayRemember(user.role, remember),
  };
}

/** When the session ends at the latest, whatever the user does. */
export function absoluteExpiry(claims: Pick<SessionClaims, 'issuedAt' | 'remember' | 'role'>): number {
  const long = mayRemember(claims.role, claims.remember);
  return claims.issuedAt + (long ? SESSION_LIMITS.rememberMs : SESSION_LIMITS.absoluteMs);
}

/** When the session ends if no further request comes; null for a remembered session. */
export function idleExpiry(claims: Pick<SessionClaims, 'lastSeenAt' | 'remember' | 'role'>): number | null {
  if (mayRemember(claims.role, claims.remember)) return null;
  return claims.lastSeenAt + SESSION_LIMITS.idleMs;
}

export type SessionCheck<C extends BaseSessionClaims = SessionClaims> =
  { ok: true; claims: C } | { ok: false; reason: 'expired' | 'idle' | 'gone' | 'version' | 'status' | 'ended' };

/**
 * Decides whether a token still stands, given the account as it is now. A changed session version (a
 * password change or reset elsewhere, an officer's action) ends the session; so does a locked or disabled
 * account. On success the claims come back refreshed: last seen now, the steps and role as the database
 * has them (a step finished in another tab, an officer role revoked, count from this request on).
 */
export function checkSession<C extends BaseSessionClaims>(claims: C, account: AccountState | undefined, now: number): SessionCheck<C> {
  if (now >= absoluteExpiry(claims)) return { ok: false, reason: 'expired' };
  const idle = idleExpiry(claims);
  if (idle !== null && now >= idle) return { ok: false, reason: 'idle' };
  if (!account) return { ok: false, reason: 'gone' };
  if (account.sessionVersion !== claims.sessionVersion) return { ok: false, reason: 'version' };
  if (account.status === 'locked' || account.status === 'disabled') return { ok: false, reason: 'status' };
  return {
    ok: true,
    claims: {
      ...claims,
      role: account.role,
      // A role granted mid-session does not lengthen a remembered session; a revoked one keeps the rule.
      remember: mayRemember(account.role, claims.remember),
      pendingSteps: account.pendingSteps,
      lastSeenAt: now,
    },
  };
}

/** This log-in's row as the check reads it with the account: null when there is none. */
export type SessionRowState = { revokedAt: Date | null; lastSeenAt: Date } | null;

/**
 * checkSession, and then this log-in's own row: a session ended on its own (Log Keluar, or from the list at
 * Maklumat Pengguna) or never recorded is over even while the account's version still matches.
 */
export function checkSessionAndRow(
  claims: SessionClaims,
  state: (AccountState & { session: SessionRowState }) | undefined,
  now: number,
): SessionCheck {
  const check = checkSession(claims, state, now);
  if (!check.ok) return check;
  if (!state?.session || state.session.revokedAt) return { ok: false, reason: 'ended' };
  return check;
}

/** The row's last seen moves on at most this often: a write per minute per session, not one per request. */
export const LAST_SEEN_STEP_MS = MINUTE;

export function lastSeenIsStale(row: NonNullable<SessionRowState>, now: number): boolean {
  return now - row.lastSeenAt.getTime() >= LAST_SEEN_STEP_MS;
}

const ROLES: readonly Role[] = ['user', 'officer', 'admin'];
// A UUID, as node:crypto's randomUUID() makes them: anything else would only fail in the database's uuid column.
const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Reads our claims out of a decoded token, or null when it is not one of ours (an old or foreign shape). */
export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { userId, sessionId, type, role, pendingSteps, sessionVersion, issuedAt, lastSeenAt, remember } = token;
  if (
    typeof userId !== 'string' ||
    // A token from before per-session ids has none: it ends, and the user logs in again once.
    typeof sessionId !== 'string' ||
    !SESSION_ID.test(sessionId) ||
    typeof type !== 'string' ||
    typeof role !== 'string' ||
    !ROLES.includes(role as Role) ||
    !Array.isArray(pendingSteps) ||
    typeof sessionVersion !== 'number' ||
    typeof issuedAt !== 'number' ||
    typeof lastSeenAt !== 'number' ||
    typeof remember !== 'boolean'
  ) {
    return null;
  }
  return {
    userId,
    sessionId,
    type: type as UserType,
    role: role as Role,
    pendingSteps: pendingSteps as RequiredStep[],
    sessionVersion,
    issuedAt,
    lastSeenAt,
    remember,
  };
}

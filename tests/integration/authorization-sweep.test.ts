/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql, type SQL } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { users, type RequiredStep } from '@/db/schema';
import { ADMIN_AUTHORIZATION, authorizeAdmin, isAdminName } from '@/lib/admin/authorization';
import { sessionCookieName } from '@/lib/auth/cookies';
import type { SessionUser } from '@/lib/auth/guards';
import { sessionJwt } from '@/lib/auth/jwt-callback';
import { landingPath } from '@/lib/auth/steps';
import { resetEnv } from '@/lib/config/env';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { openSession } from '../helpers/sessions';
import { createUser } from '../helpers/users';

// The request scope a server action runs in. The guards are the real ones: only what Auth.js's auth() would
// read from the cookie is given, so requireUser, requireCompletedSteps, authorizeStepAction and the admin
// guard decide for themselves, as they do in production.
let signedIn: SessionUser | null = null;
let jar = new Map<string, string>();
jest.mock('@/auth', () => {
  const { redirect } = jest.requireActual('next/navigation');
  return {
    ...jest.requireActual('@/auth'),
    auth: async () => (signedIn ? { user: signedIn, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
    // An empty form never gets as far as the password check.
    signIn: async () => {
      throw new Error('signIn reached with an empty form');
    },
    // As Auth.js's signOut in a server action: the cookie goes, then the redirect.
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
    unstable_update: async () => null,
  };
});
jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'authorization-sweep', 'x-forwarded-for': '203.0.113.88' }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) =>
      typeof name === 'string' ? jar.set(name, value ?? '') : jar.set(name.name, name.value),
    delete: (name: string) => jar.delete(name),
  }),
}));
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.88', userAgent: null }) }));
jest.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * The authorization sweep (issue 11 item 3): every server action under lib/actions and every route handler under
 * app/api, called directly as each kind of caller, against the one table below of who may call what. The
 * officer area's own, finer table is lib/admin/authorization.ts (swept by admin-authorization-sweep.test.ts); here
 * its actions appear once per file, their officer and administrator rows read from that table.
 *
 * What a caller gets:
 * - allowed: the action runs (its validation answers an empty form);
 * - login: sent to LOG MASUK (`/`, `/?next=…`), nothing written;
 * - step: sent to the first-log-in step the caller owes (a redirect, or the form's `next`), nothing written;
 * - refused: not-found, an `admin.refused` audit row and nothing else, or sent back to the dashboard having
 *   written nothing (a step already done);
 * - public: anyone, the same answer whoever asks.
 * Every 'use server' file and export, and every route and method, must be in the table: a new one fails here.
 */
const ROOT = process.cwd();
const ACTIONS_DIR = path.join(ROOT, 'lib', 'actions');
const ROUTES_DIR = path.join(ROOT, 'app', 'api');

type CallerName = 'anonymous' | 'pendingTerms' | 'pendingPassword' | 'pendingQuestion' | 'applicant' | 'officer' | 'administrator';
type Kind = 'allowed' | 'login' | 'step' | 'refused' | 'public';
type Row = Record<CallerName, Kind>;

type Caller = { name: CallerName; role: SessionUser['role'] | null; pendingSteps: RequiredStep[] };
const CALLERS: Caller[] = [
  { name: 'anonymous', role: null, pendingSteps: [] },
  // A fresh account's first log-in, then the same after each step.
  { name: 'pendingTerms', role: 'user', pendingSteps: ['terms', 'password', 'security_question'] },
  { name: 'pendingPassword', role: 'user', pendingSteps: ['password', 'security_question'] },
  { name: 'pendingQuestion', role: 'user', pendingSteps: ['security_question'] },
  { name: 'applicant', role: 'user', pendingSteps: [] },
  // Officers and administrators with the second factor proven on their session: the admin sweep covers the rest.
  { name: 'officer', role: 'officer', pendingSteps: [] },
  { name: 'administrator', role: 'admin', pendingSteps: [] },
];

const PUBLIC: Row = {
  anonymous: 'public',
  pendingTerms: 'public',
  pendingPassword: 'public',
  pendingQuestion: 'public',
  applicant: 'public',
  officer: 'public',
  administrator: 'public',
};
const PAST_THE_STEPS: Row = {
  anonymous: 'login',
  pendingTerms: 'step',
  pendingPassword: 'step',
  pendingQuestion: 'step',
  applicant: 'allowed',
  officer: 'allowed',
  administrator: 'allowed',
};
/** A caller's session is no authority here (the cron route answers its bearer secret only). */
const REFUSED_TO_ALL: Row = {
  anonymous: 'refused',
  pendingTerms: 'refused',
  pendingPassword: 'refused',
  pendingQuestion: 'refused',
  applicant: 'refused',
  officer: 'refused',
  administrator: 'refused',
};
/** Every export of an admin file: refused to all but officers and administrators, who get what ADMIN_AUTHORIZATION says. */
const ADMIN_FILE = 'lib/admin/authorization.ts';

const ACTIONS: Record<string, Record<string, Row> | typeof ADMIN_FILE> = {
  'account/change-password.ts': { changePasswordAction: PAST_THE_STEPS },
  'auth/log-in.ts': { logInAction: PUBLIC },
  // A visitor's Log Keluar just lands on the home page; a session ends its own row.
  'auth/log-out.ts': { logOutAction: PUBLIC },
  'auth/log-out-everywhere.ts': { logOutEverywhereAction: PAST_THE_STEPS },
  // An empty form says neither Setuju nor Tidak Setuju: whoever owes the terms is sent back to them.
  'auth/respond-to-terms.ts': {
    respondToTermsAction: {
      anonymous: 'login',
      pendingTerms: 'step',
      pendingPassword: 'step',
      pendingQuestion: 'step',
      applicant: 'refused',
      officer: 'refused',
      administrator: 'refused',
    },
  },
  'auth/set-new-password.ts': {
    setNewPasswordAction: {
      anonymous: 'login',
      pendingTerms: 'step',
      pendingPassword: 'allowed',
      pendingQuestion: 'step',
      applicant: 'refused',
      officer: 'refused',
      administrator: 'refused',
    },
  },
  'auth/set-security-question.ts': {
    setSecurityQuestionAction: {
      anonymous: 'login',
      pendingTerms: 'step',
      pendingPassword: 'step',
      pendingQuestion: 'allowed',
      applicant: 'refused',
      officer: 'refused',
      administrator: 'refused',
    },
  },
  // The link is the authority, not a session: whoever clicked it may have been locked out by the change.
  'profile/cancel-email-change.ts': { cancelEmailChangeAction: PUBLIC },
  'profile/confirm-email-change.ts': { confirmEmailChangeAction: PAST_THE_STEPS },
  'profile/save-profile.ts': { saveProfileAction: PAST_THE_STEPS },
  // Lupa Katalaluan: the sealed link cookie is the authority (none here: the page says the link is gone).
  'recovery/answer-question.ts': { answerRecoveryQuestionAction: PUBLIC },
  'recovery/request-link.ts': { requestRecoveryLinkAction: PUBLIC },
  'recovery/reset-password.ts': { resetRecoveredPasswordAction: PUBLIC },
  'register/register-account.ts': { registerAccountAction: PUBLIC },
  'admin/companies.ts': ADMIN_FILE,
  'admin/roles.ts': ADMIN_FILE,
  'admin/second-factor.ts': ADMIN_FILE,
  'admin/users.ts': ADMIN_FILE,
};

/** Route handlers, by file under app/api and method. The cron route answers its bearer secret only. */
const ROUTES: Record<string, Record<string, Row>> = {
  'auth/[...nextauth]/route.ts': { GET: PUBLIC, POST: PUBLIC },
  'captcha/route.ts': { POST: PUBLIC },
  'cron/outbox/route.ts': {
    GET: REFUSED_TO_ALL,
    POST: REFUSED_TO_ALL,
  },
  'health/route.ts': { GET: PUBLIC },
  'poskod/[code]/route.ts': { GET: PUBLIC },
  'ready/route.ts': { GET: PUBLIC },
};

function expectedFor(file: string, name: string, caller: Caller): Kind {
  const rows = ACTIONS[file];
  if (rows !== ADMIN_FILE) return rows![name]![caller.name];
  if (caller.role !== 'officer' && caller.role !== 'admin') return 'refused';
  return authorizeAdmin({ role: caller.role, secondFactorVerified: true }, `action:${name}`).allowed ? 'allowed' : 'refused';
}

function walk(dir: string, keep: (file: string) => boolean, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, keep, base));
    else if (keep(full)) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

const serverActionFiles = () => walk(ACTIONS_DIR, (f) => /\.tsx?$/.test(f) && /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')));
const routeFiles = () => walk(ROUTES_DIR, (f) => /[\\/]route\.tsx?$/.test(f));

type Fn = (...args: unknown[]) => Promise<unknown>;
async function exportsOf(file: string): Promise<Map<string, Fn>> {
  const mod = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
  return new Map(Object.entries(mod).filter((e): e is [string, Fn] => typeof e[1] === 'function'));
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

let t: TestDatabase;
const accounts = new Map<CallerName, { id: string; type: string }>();

beforeAll(async () => {
  t = await freshDatabase();
  let serial = 0;
  for (const caller of CALLERS) {
    if (!caller.role) continue;
    serial += 1;
    const staff = caller.role !== 'user';
    const user = await createUser(t.db, {
      status: caller.pendingSteps.length ? 'pending' : 'active',
      role: caller.role,
      pendingSteps: caller.pendingSteps,
      ...(staff ? { userType: 'kakitangan', idType: 'staff', loginId: `AS${serial}00`, email: `authsweep${serial}@st.gov.my` } : {}),
    });
    accounts.set(caller.name, { id: user.id, type: staff ? 'kakitangan' : 'individu' });
  }
}, 120_000);
afterAll(() => t.close());

/** A new session per call: an earlier Log Keluar must not change what a later call sees. */
async function signIn(caller: Caller): Promise<void> {
  jar = new Map();
  const account = accounts.get(caller.name);
  if (!account) {
    signedIn = null;
    return;
  }
  const secondFactor = caller.role === 'officer' || caller.role === 'admin';
  signedIn = {
    id: account.id,
    sessionId: await openSession(t.db, account.id, { secondFactor }),
    type: account.type,
    role: caller.role!,
    pendingSteps: caller.pendingSteps,
    remember: false,
  };
}

/** Rows of a raw query: PGlite answers { rows }, postgres.js an array. */
async function query<T>(statement: SQL): Promise<T[]> {
  const result: unknown = await t.db.execute(statement);
  return ((result as { rows?: T[] }).rows ?? result) as T[];
}

/** Every table of the database as one digest each, and the audit log by action: what a call wrote. */
let digestQuery: SQL | null = null;
async function snapshot(): Promise<{ tables: Map<string, string>; audit: Map<string, number> }> {
  if (!digestQuery) {
    const names = (
      await query<{ name: string }>(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_log' order by 1`,
      )
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['users', 'user_sessions', 'profiles']));
    // One round trip for the whole database: the sweep takes two snapshots per call.
    digestQuery = sql.raw(
      names
        .map((name) => `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`)
        .join(' union all '),
    );
  }
  const tables = new Map((await query<{ name: string; digest: string }>(digestQuery)).map((r) => [r.name, r.digest]));
  const audit = new Map(
    (await query<{ action: string; n: number }>(sql`select action, count(*)::int as n from audit_log group by action`)).map((r) => [
      r.action,
      Number(r.n),
    ]),
  );
  return { tables, audit };
}

type Seen = { result: string; problem?: string; next?: string; fields: string[]; changed: string[]; audit: string[] };

async function observe(run: () => Promise<unknown>): Promise<Seen> {
  const before = await snapshot();
  let result: string;
  type State = { status?: string; problem?: { key?: string }; next?: string; errors?: Record<string, unknown> };
  let state: State | null = null;
  try {
    const value = await run();
    state = (value ?? null) as State | null;
    result = state ? `state:${state.status}` : 'returned';
  } catch (error) {
    // Next.js's redirect() and notFound() throw errors with a digest; anything else is a crash.
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) result = `redirect:${digest.split(';')[2]}`;
    else if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) result = 'not-found';
    else throw error;
  }
  const after = await snapshot();
  const changed = [...after.tables].filter(([name, digest]) => before.tables.get(name) !== digest).map(([name]) => name);
  const audit: string[] = [];
  for (const [action, n] of after.audit) for (let i = before.audit.get(action) ?? 0; i < n; i++) audit.push(action);
  return {
    result,
    problem: state?.problem?.key,
    next: state?.next,
    fields: Object.keys(state?.errors ?? {}).sort(),
    changed,
    audit: audit.sort(),
  };
}

const LOG_IN = /^\/(\?(keluar=(tamat|draf)&)?next=\/[^&]*)?$/;

/** What the caller got, by the outcomes above. */
function classify(caller: Caller, seen: Seen): Kind {
  const redirect = seen.result.startsWith('redirect:') ? seen.result.slice('redirect:'.length) : null;
  const quiet = seen.changed.length === 0 && seen.audit.every((a) => a === 'admin.refused');
  if (!quiet) return 'allowed';
  if (seen.audit.length === 1 || seen.result === 'not-found') return 'refused';
  if (seen.audit.length > 1) return 'allowed';
  if (redirect !== null && LOG_IN.test(redirect)) return 'login';
  const landing = landingPath(caller.pendingSteps);
  if (caller.pendingSteps.length && (redirect === landing || seen.next === landing)) return 'step';
  if (!caller.pendingSteps.length && caller.role && (redirect === landing || (seen.problem && seen.next === landing))) return 'refused';
  return 'allowed';
}

const signature = (seen: Seen) => `${seen.result} ${seen.problem ?? ''} [${seen.fields.join(',')}]`;

function callAction(action: Fn): Promise<unknown> {
  const form = new FormData();
  const prev = { status: 'idle', attempt: 0, values: {}, errors: {}, jenis: null, captcha: null };
  // Plain posts take the form alone; Log Keluar takes nothing.
  if (action.length === 0) return action();
  if (action.length === 1) return action(form);
  return action(prev, form);
}

test('every server action under lib/actions and every route under app/api is in the table, and everything in the table exists', async () => {
  const files = serverActionFiles();
  expect(files.length).toBeGreaterThanOrEqual(18);
  expect(files).toEqual(Object.keys(ACTIONS).sort());
  for (const file of files) {
    const exported = [...(await exportsOf(file)).keys()].sort();
    const rows = ACTIONS[file]!;
    if (rows === ADMIN_FILE) {
      for (const name of exported)
        expect({ file, name, inAdminTable: isAdminName(`action:${name}`) }).toEqual({ file, name, inAdminTable: true });
    } else expect({ file, exported }).toEqual({ file, exported: Object.keys(rows).sort() });
  }

  const routes = routeFiles();
  expect(routes).toEqual(Object.keys(ROUTES).sort());
  for (const file of routes) {
    const mod = (await import(path.join(ROUTES_DIR, file))) as Record<string, unknown>;
    const methods = Object.keys(mod)
      .filter((k) => HTTP_METHODS.has(k))
      .sort();
    expect({ file, methods }).toEqual({ file, methods: Object.keys(ROUTES[file]!).sort() });
  }
  console.log(
    `authorization sweep: ${files.length} server action files, ${routes.length} route files, ${Object.keys(ADMIN_AUTHORIZATION).length} admin table entries`,
  );
});

describe('server actions', () => {
  const seenBy = new Map<string, Map<CallerName, Seen>>();

  describe.each(CALLERS)('$name', (caller) => {
    test('each server action gives this caller what the table says; a refusal or a redirect writes nothing', async () => {
      const started = Date.now();
      const tally: Record<Kind, number> = { allowed: 0, login: 0, step: 0, refused: 0, public: 0 };
      for (const file of serverActionFiles()) {
        for (const [name, action] of await exportsOf(file)) {
          await signIn(caller);
          const seen = await observe(() => callAction(action));
          const key = `${file} ${name}`;
          if (!seenBy.has(key)) seenBy.set(key, new Map());
          seenBy.get(key)!.set(caller.name, seen);
          const expected = expectedFor(file, name, caller);
          const got = classify(caller, seen);
          tally[expected] += 1;
          expect({ key, caller: caller.name, got, seen }).toEqual({
            key,
            caller: caller.name,
            got: expected === 'public' ? 'allowed' : expected,
            seen: expected === 'public' || expected === 'allowed' ? seen : expect.objectContaining({ changed: [] }),
          });
          // An admin refusal writes its one audit row, naming what was asked for; nothing else refuses by writing.
          if (expected === 'refused' && ACTIONS[file] === ADMIN_FILE)
            expect({ key, audit: seen.audit }).toEqual({ key, audit: ['admin.refused'] });
        }
      }
      const figures = (Object.entries(tally) as [Kind, number][]).map(([kind, n]) => `${n} ${kind}`).join(', ');
      console.log(`authorization sweep: ${caller.name}: server actions: ${figures} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    });
  });

  test('a public action answers every caller alike', () => {
    let rows = 0;
    for (const [key, byCaller] of seenBy) {
      const [file, name] = key.split(' ') as [string, string];
      if (ACTIONS[file] === ADMIN_FILE || ACTIONS[file]![name]!.anonymous !== 'public') continue;
      rows += 1;
      const anonymous = signature(byCaller.get('anonymous')!);
      for (const [caller, seen] of byCaller) expect({ key, caller, answer: signature(seen) }).toEqual({ key, caller, answer: anonymous });
    }
    expect(rows).toBeGreaterThanOrEqual(7);
    console.log(`authorization sweep: ${rows} public server actions answer all ${CALLERS.length} callers alike`);
  });
});

describe('route handlers', () => {
  const CRON_SECRET = 'authorization-sweep-cron-secret-0123';
  const cookies = new Map<CallerName, string>();

  beforeAll(async () => {
    // Each caller's real session cookie, as Auth.js makes it at log-in: the routes read it (or not) themselves.
    for (const caller of CALLERS) {
      const account = accounts.get(caller.name);
      if (!account) continue;
      const [row] = await t.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, account.id));
      const token = await sessionJwt({
        token: {},
        user: {
          id: account.id,
          userType: account.type,
          role: caller.role!,
          pendingSteps: caller.pendingSteps,
          sessionVersion: row!.v,
          remember: true,
        },
      } as never);
      const value = await encode({ token: token!, secret: process.env.AUTH_SECRET!, salt: sessionCookieName(), maxAge: 3600 });
      cookies.set(caller.name, `${sessionCookieName()}=${value}`);
    }
    process.env.CRON_SECRET = CRON_SECRET;
    resetEnv();
  });
  afterAll(() => {
    delete process.env.CRON_SECRET;
    resetEnv();
  });

  const request = (caller: Caller, url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const cookie = cookies.get(caller.name);
    if (cookie) headers.set('cookie', cookie);
    return new NextRequest(new URL(url, 'http://localhost'), { ...init, headers } as never);
  };

  /** One call per route and method, as a browser of this caller would make it. */
  async function hit(file: string, method: string, caller: Caller): Promise<Response> {
    const mod = (await import(path.join(ROUTES_DIR, file))) as Record<string, (...args: unknown[]) => Promise<Response> | Response>;
    const handler = mod[method]!;
    switch (file) {
      case 'auth/[...nextauth]/route.ts':
        return method === 'GET'
          ? handler(request(caller, '/api/auth/session'))
          : // A sign-out without the CSRF token Auth.js's own form carries.
            handler(
              request(caller, '/api/auth/signout', {
                method: 'POST',
                body: new URLSearchParams({}),
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
              }),
            );
      case 'poskod/[code]/route.ts':
        return handler(request(caller, '/api/poskod/62100'), { params: Promise.resolve({ code: '62100' }) });
      default:
        return handler(request(caller, `/api/${path.dirname(file)}`, { method }));
    }
  }

  describe.each(CALLERS)('$name', (caller) => {
    test('each route gives this caller what the table says', async () => {
      const tally: Record<string, number> = {};
      for (const file of routeFiles()) {
        for (const [method, row] of Object.entries(ROUTES[file]!)) {
          const expected = row[caller.name];
          const response = await hit(file, method, caller);
          const key = `${method} ${file}`;
          const body = await response.text();
          if (expected === 'refused') {
            expect({ key, caller: caller.name, status: response.status }).toEqual({ key, caller: caller.name, status: 401 });
            expect(body).not.toMatch(/"sent"/);
          } else {
            expect({ key, caller: caller.name, status: response.status < 400 }).toEqual({ key, caller: caller.name, status: true });
          }
          tally[expected] = (tally[expected] ?? 0) + 1;
          if (file === 'auth/[...nextauth]/route.ts' && method === 'GET') {
            // The session answer is about the cookie's own account, and nobody's without one.
            const session = JSON.parse(body || 'null') as { user?: { id?: string } } | null;
            expect({ caller: caller.name, id: session?.user?.id ?? null }).toEqual({
              caller: caller.name,
              id: accounts.get(caller.name)?.id ?? null,
            });
          }
        }
      }
      // The POST above was a sign-out without Auth.js's CSRF token (another site's form): it ended nothing.
      const again = JSON.parse((await (await hit('auth/[...nextauth]/route.ts', 'GET', caller)).text()) || 'null') as {
        user?: { id?: string };
      } | null;
      expect({ caller: caller.name, id: again?.user?.id ?? null }).toEqual({
        caller: caller.name,
        id: accounts.get(caller.name)?.id ?? null,
      });
      console.log(
        `authorization sweep: ${caller.name}: routes: ${Object.entries(tally)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
      );
    });
  });

  test('the cron route runs for the scheduler with its bearer secret, and only then', async () => {
    const { GET } = await import('@/app/api/cron/outbox/route');
    const ok = await GET(new Request('http://localhost/api/cron/outbox', { headers: { authorization: `Bearer ${CRON_SECRET}` } }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ sent: 0, failed: 0 });
  });
});

/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { ADMIN_AUTHORIZATION, authorizeAdmin, type AdminActor } from '@/lib/admin/authorization';
import type { SessionUser } from '@/lib/auth/guards';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { openSession } from '../helpers/sessions';
import { createUser } from '../helpers/users';

let signedIn: SessionUser | null = null;
jest.mock('@/lib/auth/guards', () => ({
  ...jest.requireActual('@/lib/auth/guards'),
  optionalUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.77', userAgent: null }) }));
jest.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * The sweep (issue 10 item 6, decision 0006): every admin server action and route, and every admin page, called
 * directly as each kind of caller, against the one table in lib/admin/authorization.ts. A refused caller gets one
 * `admin.refused` row naming what it asked for and nothing else happens; an allowed one is never refused. And
 * every export of lib/actions/admin/ and every page under app/[locale]/(portal)/admin/ must be in the table, so a new action
 * or page without an entry fails here.
 */
const ACTIONS_DIR = path.join(process.cwd(), 'lib', 'actions', 'admin');
const PAGES_DIR = path.join(process.cwd(), 'app', '[locale]', '(portal)', 'admin');

type Caller = { label: string; role: SessionUser['role'] | null; verified: boolean };
const CALLERS: Caller[] = [
  { label: 'anonymous', role: null, verified: false },
  { label: 'applicant', role: 'user', verified: false },
  { label: 'officer without second factor', role: 'officer', verified: false },
  { label: 'officer', role: 'officer', verified: true },
  { label: 'administrator without second factor', role: 'admin', verified: false },
  { label: 'administrator', role: 'admin', verified: true },
];

let t: TestDatabase;
const sessions = new Map<string, SessionUser | null>();

beforeAll(async () => {
  t = await freshDatabase();
  let serial = 0;
  for (const caller of CALLERS) {
    if (!caller.role) {
      sessions.set(caller.label, null);
      continue;
    }
    serial += 1;
    const staff = caller.role !== 'user';
    const user = await createUser(t.db, {
      status: 'active',
      role: caller.role,
      pendingSteps: [],
      ...(staff ? { userType: 'kakitangan', idType: 'staff', loginId: `SW${serial}00`, email: `sweep${serial}@st.gov.my` } : {}),
    });
    const sessionId = await openSession(t.db, user.id, { secondFactor: caller.verified });
    sessions.set(caller.label, {
      id: user.id,
      sessionId,
      type: staff ? 'kakitangan' : 'individu',
      role: caller.role,
      pendingSteps: [],
      remember: false,
    });
  }
}, 120_000);
afterAll(() => t.close());

const actor = (caller: Caller): AdminActor => (caller.role ? { role: caller.role, secondFactorVerified: caller.verified } : null);

async function refusals(name: string): Promise<number> {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'admin.refused'), sql`${auditLog.details}->>'name' = ${name}`));
  return row!.n;
}
const otherAudit = async () =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(sql`${auditLog.action} <> 'admin.refused'`)
  )[0]!.n;

/** Next.js's redirect() and notFound() throw errors with a digest; anything else is a crash. */
function outcome(error: unknown): string {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`;
  if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) return 'not-found';
  throw error;
}

function actionModules(): string[] {
  return readdirSync(ACTIONS_DIR).filter((f) => f.endsWith('.ts'));
}

async function actionExports(): Promise<Map<string, (...args: unknown[]) => Promise<unknown>>> {
  const found = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const file of actionModules()) {
    const mod = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') found.set(name, value as never);
  }
  return found;
}

function pageFiles(dir = PAGES_DIR, route = '/admin'): { route: string; file: string }[] {
  const out: { route: string; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...pageFiles(path.join(dir, entry.name), `${route}/${entry.name}`));
    else if (entry.name === 'page.tsx') out.push({ route, file: path.join(dir, entry.name) });
  }
  return out;
}

test('every export of lib/actions/admin/ is a server action named in the authorization table, and every action in the table exists', async () => {
  const exported = [...(await actionExports()).keys()];
  expect(exported.length).toBeGreaterThan(10);
  for (const name of exported) expect(ADMIN_AUTHORIZATION).toHaveProperty([`action:${name}`]);
  const routes = new Set(['action:exportAuditLog']);
  for (const name of Object.keys(ADMIN_AUTHORIZATION).filter((n) => n.startsWith('action:') && !routes.has(n))) {
    expect(exported).toContain(name.slice('action:'.length));
  }
});

test('every page under app/[locale]/(portal)/admin is in the table, and every page in the table exists', () => {
  const routes = pageFiles().map((p) => `page:${p.route}`);
  expect(routes.sort()).toEqual(
    Object.keys(ADMIN_AUTHORIZATION)
      .filter((n) => n.startsWith('page:'))
      .sort(),
  );
});

describe.each(CALLERS)('$label', (caller) => {
  test('each admin server action: refused and audited exactly when the table says, and a refusal changes nothing', async () => {
    signedIn = sessions.get(caller.label) ?? null;
    for (const [name, action] of await actionExports()) {
      const key = `action:${name}`;
      const allowed = authorizeAdmin(actor(caller), key).allowed;
      const before = await refusals(key);
      const othersBefore = await otherAudit();
      try {
        await action(undefined, new FormData());
      } catch (error) {
        outcome(error);
      }
      const added = (await refusals(key)) - before;
      expect({ key, refusalRows: added }).toEqual({ key, refusalRows: allowed ? 0 : 1 });
      if (!allowed) expect({ key, otherAuditRows: (await otherAudit()) - othersBefore }).toEqual({ key, otherAuditRows: 0 });
    }
  });

  test('the audit export route: refused (no CSV) and audited exactly when the table says', async () => {
    signedIn = sessions.get(caller.label) ?? null;
    const { GET } = await import('@/app/[locale]/(portal)/admin/log-audit/eksport/route');
    const allowed = authorizeAdmin(actor(caller), 'action:exportAuditLog').allowed;
    const before = await refusals('action:exportAuditLog');
    const response = await GET(new Request('http://localhost/admin/log-audit/eksport'));
    expect(response.ok).toBe(allowed);
    if (!allowed) expect(response.headers.get('content-type') ?? '').not.toContain('text/csv');
    await response.body?.cancel();
    expect((await refusals('action:exportAuditLog')) - before).toBe(allowed ? 0 : 1);
  });

  test('each admin page: a visitor is sent to log in, a second factor owed to /admin/dua-faktor, a wrong role gets the 404 and an audit row', async () => {
    signedIn = sessions.get(caller.label) ?? null;
    for (const { route, file } of pageFiles()) {
      const key = `page:${route}`;
      const decision = authorizeAdmin(actor(caller), key);
      const before = await refusals(key);
      const Page = ((await import(file)) as { default: (props: unknown) => unknown }).default;
      let result = 'rendered';
      try {
        await Page({ params: Promise.resolve({ id: randomUUID() }), searchParams: Promise.resolve({}) });
      } catch (error) {
        result = outcome(error);
      }
      const refusalRows = (await refusals(key)) - before;
      if (decision.allowed) {
        expect({ key, refusalRows }).toEqual({ key, refusalRows: 0 });
        expect({ key, result }).not.toEqual({ key, result: expect.stringMatching(/^redirect:\/\?/) });
      } else if (decision.reason === 'anonymous') {
        expect({ key, result, refusalRows }).toEqual({ key, result: expect.stringMatching(/^redirect:\/\?next=\/admin/), refusalRows: 0 });
      } else if (decision.reason === 'second_factor') {
        expect({ key, result, refusalRows }).toEqual({
          key,
          result: expect.stringMatching(/^redirect:\/admin\/dua-faktor(\?next=|$)/),
          refusalRows: 0,
        });
      } else {
        expect({ key, result, refusalRows }).toEqual({ key, result: 'not-found', refusalRows: 1 });
      }
    }
  });
});

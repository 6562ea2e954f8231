/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { emailOutbox, recoveryTokens, users, type RequiredStep } from '@/db/schema';
import { createSession, markSessionSecondFactor } from '@/db/queries/sessions';
import { setSecurityQuestion } from '@/lib/accounts/first-login/set-security-question';
import { newRecoveryToken } from '@/lib/accounts/recovery/token';
import * as companies from '@/lib/actions/admin/companies';
import * as roles from '@/lib/actions/admin/roles';
import * as factor from '@/lib/actions/admin/second-factor';
import * as adminUsers from '@/lib/actions/admin/users';
import { changePasswordAction } from '@/lib/actions/account/change-password';
import { logInAction } from '@/lib/actions/auth/log-in';
import { logOutAction } from '@/lib/actions/auth/log-out';
import { logOutEverywhereAction } from '@/lib/actions/auth/log-out-everywhere';
import { respondToTermsAction } from '@/lib/actions/auth/respond-to-terms';
import { setNewPasswordAction } from '@/lib/actions/auth/set-new-password';
import { setSecurityQuestionAction } from '@/lib/actions/auth/set-security-question';
import { cancelEmailChangeAction } from '@/lib/actions/profile/cancel-email-change';
import { confirmEmailChangeAction } from '@/lib/actions/profile/confirm-email-change';
import { saveProfileAction } from '@/lib/actions/profile/save-profile';
import { answerRecoveryQuestionAction } from '@/lib/actions/recovery/answer-question';
import { encodeLinkCookie, linkCookieName } from '@/lib/actions/recovery/link-cookie';
import { requestRecoveryLinkAction } from '@/lib/actions/recovery/request-link';
import { resetRecoveredPasswordAction } from '@/lib/actions/recovery/reset-password';
import { registerAccountAction } from '@/lib/actions/register/register-account';
import { createCompanyRecord as createRecord, formValues } from '@/lib/admin/company-records';
import type { SessionUser } from '@/lib/auth/guards';
import { resetEnv } from '@/lib/config/env';
import { translator } from '@/lib/i18n/messages';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';
import { fuzzForm, toFormData, valid, WRONG_PREV, type FieldValue, type FuzzForm } from './support/fuzz-values';

/*
 * Issue 11 item 3: every server action called directly with generated forms — any unicode (lone surrogates,
 * control characters), 100 kB–1 MB values, number-ish text, files where text belongs, empty and missing fields,
 * unknown and repeated fields — as the caller it expects. Over HTTP a throw is a 500: the only throws allowed
 * are Next's redirect() and notFound(). A refusal names a field or a form-level message that exists in
 * messages/ms; and at the end nothing is half-written. The request scope is mocked as in
 * tests/integration/admin-authorization-sweep.test.ts; Auth.js's signIn is replaced by what its authorize()
 * does (verifyCredentials), since there is no request for Auth.js to answer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const CAPTCHA = 'fuzz-captcha';
const IP = '203.0.113.77';

let mockCaller: SessionUser | null = null;
const mockJar = new Map<string, string>();

jest.mock('@/lib/auth/guards', () => {
  const { redirect } = jest.requireActual('next/navigation');
  const steps = jest.requireActual('@/lib/auth/steps');
  const requireUser = async (): Promise<SessionUser> => {
    if (!mockCaller) redirect('/');
    return mockCaller as SessionUser;
  };
  return {
    ...jest.requireActual('@/lib/auth/guards'),
    optionalUser: async () => mockCaller,
    requireUser,
    requireCompletedSteps: async () => {
      const user = await requireUser();
      if (user.pendingSteps.length) redirect(steps.landingPath(user.pendingSteps));
      return user;
    },
    authorizeStepAction: async (step: RequiredStep) => {
      const user = await requireUser();
      const gate = steps.stepGate(step, user.pendingSteps);
      return gate.ok ? { ok: true, user } : { ...gate, next: steps.landingPath(user.pendingSteps) };
    },
  };
});
jest.mock('@/auth', () => {
  const { CredentialsSignin } = jest.requireActual('next-auth');
  const { redirect } = jest.requireActual('next/navigation');
  const refuse = (code: string) => Object.assign(new CredentialsSignin(), { code });
  return {
    auth: async () => null,
    unstable_update: async () => null,
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
    // What auth.ts's authorize() does with the credentials the action passes.
    signIn: async (_provider: string, credentials: Record<string, string>) => {
      const { verifyCredentials } = jest.requireActual('@/lib/auth/verify-credentials');
      const { loginRefusalCode } = jest.requireActual('@/lib/auth/login-refusal');
      if (credentials.terms !== 'on') throw refuse('terms');
      const result = await verifyCredentials({ loginId: credentials.loginId, password: credentials.password, ip: '203.0.113.77' });
      if (!result.ok) throw refuse(loginRefusalCode(result));
      jest.requireActual('@/lib/auth/log-in-outcome').recordLogInOutcome(result.user.pendingSteps);
    },
  };
});
jest.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'fuzz' }),
  cookies: async () => ({
    get: (name: string) => (mockJar.has(name) ? { name, value: mockJar.get(name) } : undefined),
    getAll: () => [...mockJar].map(([name, value]) => ({ name, value })),
    has: (name: string) => mockJar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) =>
      typeof name === 'string' ? mockJar.set(name, value ?? '') : mockJar.set(name.name, name.value),
    delete: (name: string) => mockJar.delete(name),
  }),
}));
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), after: () => {} }));
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.77', userAgent: null }) }));
jest.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// Throttles raised so that most runs reach validation and the domain, not the first counter.
const LIMITS = [
  'LOGIN_RATE_PER_MINUTE',
  'REGISTER_RATE_PER_MINUTE',
  'REGISTER_RATE_PER_HOUR',
  'REGISTER_EMAILS_PER_DAY',
  'RECOVERY_RATE_PER_HOUR',
  'RECOVERY_ANSWERS_PER_DAY',
];

type Outcome = 'refusal' | 'success' | 'redirect';
type Action = (...args: unknown[]) => Promise<unknown>;
type Entry = {
  name: string;
  caller: () => SessionUser | null;
  fields: Record<string, fc.Arbitrary<FieldValue>>;
  /** The state the form starts from (undefined: the action takes only the form, or nothing). */
  prev?: unknown;
  action: Action;
  /** Share of valid values per field (fuzz-values.ts), for a form that writes only when every field is right. */
  validWeight?: number;
  /** What else a request carries that the action reads (the recovery link's cookie). */
  context?: fc.Arbitrary<() => void>;
  /** Puts back what a success changed, so the next runs meet the same account again. */
  restore?: () => Promise<void>;
};

let t: TestDatabase;
const fixtureIds = new Set<string>();
const people: Record<string, SessionUser & { loginId: string; password: string }> = {};
let companyId: string = randomUUID();
let recoveryToken = '';
const ms = translator('ms');

async function person(label: string, overrides: Parameters<typeof createUser>[1], secondFactor = false) {
  const user = await createUser(t.db, overrides);
  fixtureIds.add(user.id);
  const sessionId = randomUUID();
  const now = new Date();
  await createSession(t.db, {
    id: sessionId,
    userId: user.id,
    at: now,
    expiresAt: new Date(now.getTime() + 24 * 3_600_000),
    remember: false,
    browser: null,
    os: null,
    ip: null,
    sessionVersion: 0,
  });
  if (secondFactor) await markSessionSecondFactor(t.db, user.id, sessionId, now);
  people[label] = {
    id: user.id,
    sessionId,
    type: overrides?.userType ?? 'individu',
    role: overrides?.role ?? 'user',
    pendingSteps: overrides?.pendingSteps ?? [],
    remember: false,
    loginId: user.loginId,
    password: user.password,
  };
  return people[label]!;
}

const pendingAgain = (label: string) => async () => {
  await t.db.update(users).set({ pendingSteps: people[label]!.pendingSteps }).where(eq(users.id, people[label]!.id));
};

beforeAll(async () => {
  for (const key of LIMITS) process.env[key] = '1000000';
  process.env.CAPTCHA_PROVIDER = 'test';
  process.env.CAPTCHA_TEST_ANSWER = CAPTCHA;
  t = await freshDatabase();
  await person('applicant', { status: 'active', pendingSteps: [] });
  await person('terms', { status: 'active', pendingSteps: ['terms', 'password', 'security_question'] });
  await person('password', { status: 'active', pendingSteps: ['password', 'security_question'] });
  await person('question', { status: 'active', pendingSteps: ['security_question'] });
  await person('target', { status: 'active', pendingSteps: [] });
  const recovering = await person('recovering', { status: 'active', pendingSteps: ['security_question'] });
  await setSecurityQuestion({ userId: recovering.id, input: { question: 'father_name', customQuestion: '', answer: 'Abu' }, ip: IP });
  const staff = (n: number) => ({
    userType: 'kakitangan' as const,
    idType: 'staff' as const,
    loginId: `FZ${n}00`,
    email: `fuzz${n}@st.gov.my`,
  });
  await person('officer', { status: 'active', pendingSteps: [], role: 'officer', ...staff(1) }, true);
  await person('candidate', { status: 'active', pendingSteps: [], ...staff(2) });
  await person('admin', { status: 'active', pendingSteps: [], role: 'admin', ...staff(3) }, true);
  const { token, tokenHash } = newRecoveryToken();
  recoveryToken = token;
  await t.db.insert(recoveryTokens).values({ userId: recovering.id, tokenHash, expiresAt: new Date(Date.now() + 24 * 3_600_000) });
  const record = await createRecord(
    { userId: people.admin!.id, ip: IP },
    formValues({ ssmNew: '202001012345', name: 'Syarikat Fuzz Sdn Bhd', email: 'akaun@fuzz.my', source: 'SSM' }),
  );
  if (record.ok) companyId = record.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
  for (const key of [...LIMITS, 'CAPTCHA_TEST_ANSWER']) delete process.env[key];
  process.env.CAPTCHA_PROVIDER = 'builtin';
  resetEnv();
});

const as = (label: string) => () => people[label] ?? null;
const anonymous = () => null;
// Read when a run is generated: the people exist only after beforeAll.
const ids = () =>
  fc.oneof(
    valid.uuid,
    fc.constantFrom('applicant', 'target', 'officer', 'candidate', 'admin').map((label) => people[label]!.id),
  );
const text = (...values: string[]) => valid.one(...values);
const ticked = text('on', 'yes');

// The recovery link's cookie: none, a forged one, or a real one answered or not.
const linkCookie = fc.constantFrom<() => void>(
  () => mockJar.delete(linkCookieName()),
  () => mockJar.set(linkCookieName(), 'not-a-sealed-value'),
  () => mockJar.set(linkCookieName(), encodeLinkCookie({ token: recoveryToken, answered: false })),
  () => mockJar.set(linkCookieName(), encodeLinkCookie({ token: recoveryToken, answered: true })),
);

const CSV = new TextEncoder().encode('ssm_new,ssm_old,name,email,source,file_no\n202001012346,,Kedai Fuzz,a@fuzz.my,SSM,\n');

const ENTRIES: Entry[] = [
  {
    name: 'logInAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: logInAction as Action,
    fields: {
      loginId: fc.constantFrom('ST100', '700101900001', 'tiada'),
      password: valid.password,
      remember: ticked,
      terms: ticked,
      next: text('/profil', '//evil.example', 'https://evil.example/'),
    },
  },
  {
    name: 'registerAccountAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: {}, errors: {}, jenis: null, captcha: null },
    action: registerAccountAction as Action,
    // Raised so that some forms are whole (about one in five) and accounts are written: the check at the end
    // then has registrations to look at.
    validWeight: 30,
    fields: {
      jenis: text('individu', 'syarikat', 'institusi', 'kakitangan'),
      name: text('Ali bin Abu', 'Kedai Baru Enterprise', 'Nur Aisyah @ Aisyah'),
      mykad: valid.mykad,
      ssm: text('2021-03-000777', '202103000778'),
      regNo: text('kv/ipt-0042'),
      staffNo: text('st-01234', 'st-05678'),
      email: valid.email,
      captcha_answer: text(CAPTCHA),
      captcha_id: valid.uuid,
      intent: fc.oneof({ arbitrary: text('submit'), weight: 9 }, { arbitrary: text('captcha-refresh'), weight: 1 }),
    },
  },
  {
    name: 'respondToTermsAction',
    caller: as('terms'),
    action: respondToTermsAction as Action,
    fields: { intent: text('agree', 'decline') },
    restore: pendingAgain('terms'),
  },
  {
    name: 'setNewPasswordAction',
    caller: as('password'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: setNewPasswordAction as Action,
    fields: { password: valid.password, confirm: valid.password },
    restore: pendingAgain('password'),
  },
  {
    name: 'setSecurityQuestionAction',
    caller: as('question'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: setSecurityQuestionAction as Action,
    fields: {
      question: text('father_name', 'favourite_number', 'custom'),
      customQuestion: text('Nama kucing pertama?'),
      answer: text('Abu', 'Comel'),
    },
    restore: pendingAgain('question'),
  },
  { name: 'logOutAction', caller: as('applicant'), action: logOutAction as Action, fields: { x: text('1') } },
  { name: 'logOutEverywhereAction', caller: as('applicant'), action: logOutEverywhereAction as Action, fields: { x: text('1') } },
  {
    name: 'requestRecoveryLinkAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: { loginId: '', email: '' }, errors: {} },
    action: requestRecoveryLinkAction as Action,
    fields: { loginId: text('700101900001', 'ST100'), email: valid.email },
  },
  {
    name: 'answerRecoveryQuestionAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: answerRecoveryQuestionAction as Action,
    fields: { answer: text('Abu', 'abu', 'Salah') },
    context: linkCookie,
  },
  {
    name: 'resetRecoveredPasswordAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: resetRecoveredPasswordAction as Action,
    fields: { password: valid.password, confirm: valid.password },
    context: linkCookie,
  },
  {
    name: 'saveProfileAction',
    caller: as('applicant'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {}, chosenFor: '' },
    action: saveProfileAction as Action,
    fields: {
      name: text('Ali bin Abu'),
      citizen: text('yes', 'no', 'warganegara'),
      idKind: text('mykad', 'passport'),
      address1: text('No. 1, Jalan Satu'),
      address2: text('Taman Dua'),
      address3: text(''),
      postcode: text('50480', '62100', '99999'),
      state: text('Wilayah Persekutuan Kuala Lumpur', 'Selangor'),
      city: text('Kuala Lumpur', 'Putrajaya'),
      email: valid.email,
      phone: text('0388888888', '+60 3-8888 8888'),
      mobile: text('0123456789'),
      fax: text(''),
      office: text('Ibu Pejabat'),
      contactName: text('Siti'),
      contactMyKad: valid.mykad,
      contactPhone: text('0123456789'),
      declare: ticked,
      currentPassword: valid.password,
      chosenFor: text('50480', ''),
      shownState: text('Selangor'),
      shownCity: text('Putrajaya'),
    },
  },
  {
    name: 'confirmEmailChangeAction',
    caller: as('applicant'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: confirmEmailChangeAction as Action,
    fields: { token: valid.token },
  },
  {
    name: 'cancelEmailChangeAction',
    caller: anonymous,
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: cancelEmailChangeAction as Action,
    fields: { token: valid.token },
  },
  {
    name: 'changePasswordAction',
    caller: as('applicant'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: changePasswordAction as Action,
    fields: { current: valid.password, password: valid.password, confirm: valid.password },
  },
  ...(['lockAccount', 'unlockAccount', 'sendRecoveryLink', 'correctEmail', 'releaseId'] as const).map((name): Entry => ({
    name,
    caller: as('admin'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: adminUsers[name] as Action,
    fields: { userId: ids(), note: text('Disahkan melalui telefon'), email: valid.email, confirm: text('yes', 'on') },
  })),
  ...(['grantOfficer', 'revokeOfficer', 'resetSecondFactor'] as const).map((name): Entry => ({
    name,
    caller: as('admin'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: roles[name] as Action,
    fields: { loginId: text('FZ200', 'FZ100', 'FZ300'), userId: ids(), confirm: text('yes', 'on') },
  })),
  ...(['createCompanyRecord', 'updateCompanyRecord', 'updateCompanyEmail'] as const).map((name): Entry => ({
    name,
    caller: as('admin'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: companies[name] as Action,
    fields: {
      id: fc.oneof(
        fc.constant(null).map(() => companyId),
        valid.uuid,
      ),
      version: text('0', '1', '2'),
      ssmNew: text('202001012347', '202001012345'),
      ssmOld: text('1234567-A'),
      name: text('Syarikat Fuzz Sdn Bhd'),
      email: valid.email,
      source: text('SSM', 'Borang'),
      fileNo: text('ST/100/1'),
      password: valid.password,
    },
  })),
  {
    name: 'importCompanyCsv',
    caller: as('admin'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: companies.importCompanyCsv as Action,
    fields: { file: fc.constant({ file: 'rekod.csv', bytes: CSV, type: 'text/csv' }), importValidRows: ticked },
  },
  { name: 'startEnrolment', caller: as('admin'), action: factor.startEnrolment as Action, fields: { x: text('1') } },
  ...(['confirmEnrolment', 'verifySecondFactor'] as const).map((name): Entry => ({
    name,
    caller: as('officer'),
    prev: { status: 'idle', attempt: 0, values: {}, errors: {} },
    action: factor[name] as Action,
    fields: { code: text('123456', '000000', 'ABCD-EFGH-JKLM-NPQR'), next: text('/admin/pengguna', '//evil.example') },
  })),
];

/** Next.js's redirect() and notFound() throw errors with a digest; anything else would be a 500. */
function allowedThrow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'));
}

type Message = { key?: unknown; vars?: unknown };
function messageKeys(state: Record<string, unknown>): unknown[] {
  const keys: unknown[] = [];
  for (const messages of Object.values((state.errors ?? {}) as Record<string, Message[] | undefined>)) {
    for (const message of messages ?? []) keys.push(message.key);
  }
  for (const slot of ['problem', 'notice'] as const) {
    const message = state[slot] as Message | undefined;
    if (message) keys.push(message.key);
  }
  return keys;
}

/** The returned state of one run, judged: keys that exist, a refusal that says what is wrong. */
function judge(name: string, result: unknown): Outcome {
  // Plain posts (terms, log-out, the enrolment start) answer with a redirect only.
  if (result === undefined) return 'success';
  if (!result || typeof result !== 'object') throw new Error(`${name} returned ${typeof result}, not a form state`);
  const state = result as Record<string, unknown>;
  const keys = messageKeys(state);
  for (const key of keys) {
    if (typeof key !== 'string' || ms(key) === key) throw new Error(`${name}: message key ${String(key)} is not in messages/ms`);
  }
  if (state.status === 'error') {
    if (keys.length === 0) throw new Error(`${name}: a refusal that names no field and no message`);
    return 'refusal';
  }
  return 'success';
}

async function run(entry: Entry, prev: unknown, form: FuzzForm): Promise<Outcome> {
  mockCaller = entry.caller();
  const data = toFormData(form);
  let outcome: Outcome;
  try {
    const result = entry.prev === undefined ? await entry.action(data) : await entry.action(prev, data);
    outcome = judge(entry.name, result);
  } catch (error) {
    if (!allowedThrow(error)) throw error;
    outcome = 'redirect';
  }
  if (outcome !== 'refusal' && entry.restore) await entry.restore();
  return outcome;
}

const noContext = fc.constant(() => {});

describe.each(ENTRIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  test(`${RUNS} generated forms: a state or a redirect, never another throw; every refusal says what is wrong`, async () => {
    const counts: Record<Outcome, number> = { refusal: 0, success: 0, redirect: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fuzzForm(entry.fields, entry.validWeight), entry.context ?? noContext, async (form, enter) => {
        mockJar.clear();
        enter();
        counts[await run(entry, entry.prev, form)] += 1;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `reliability: fuzz ${entry.name}: ${RUNS} runs, ${counts.refusal} refusals, ${counts.success} successes, ${counts.redirect} redirects (${seconds.toFixed(1)} s)`,
    );
    // A fuzz whose every run is turned away before the form's own checks proves nothing about them.
    if (entry.prev !== undefined) expect(counts.refusal).toBeGreaterThan(0);
  }, 600_000);

  test('a previous state (or, for a plain post, a first argument) the form never sends: no throw but a redirect', async () => {
    // Any client can send these: React decodes a server action's arguments from the request body.
    const thrown: string[] = [];
    for (const prev of WRONG_PREV) {
      mockJar.clear();
      mockCaller = entry.caller();
      try {
        judge(entry.name, entry.prev === undefined ? await entry.action(prev) : await entry.action(prev, new FormData()));
      } catch (error) {
        if (!allowedThrow(error)) thrown.push(`${JSON.stringify(prev) ?? 'undefined'}: ${String(error)}`);
      }
      if (entry.restore) await entry.restore();
    }
    expect(thrown).toEqual([]);
  });
});

test('nothing half-written: every account the fuzz registered has its password e-mail queued', async () => {
  const registered = await t.db
    .select({ id: users.id })
    .from(users)
    .then((rows) => rows.filter((row) => !fixtureIds.has(row.id)).length);
  const [mail] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .where(eq(emailOutbox.template, 'generated-password'));
  console.log(`reliability: fuzz registrations: ${registered} accounts, ${mail!.n} password e-mails queued`);
  expect(registered).toBeGreaterThan(0);
  expect(mail!.n).toBeGreaterThanOrEqual(registered);
});

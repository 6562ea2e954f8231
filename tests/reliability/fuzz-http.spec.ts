import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { completeFirstLogin, registerIndividu } from '../security/support/accounts';
import { startApp, type App } from '../security/support/app';
import { formFields } from '../security/support/forms';
import { Client } from '../security/support/http';
import { fuzzForm, isFile, textOf, valid, type FieldValue, type FuzzForm } from './support/fuzz-values';

/**
 * Issue 11 item 3 over HTTP: the production build's forms posted by a client that sends whatever it likes —
 * generated values (tests/reliability/support/fuzz-values.ts), control characters in field names, a forged
 * form state in Next's hidden fields, a 2 MB body, the wrong content type, a missing or forged Next-Action
 * header, or the real one with arguments no form sends. Never a status of 500 or more, and the server still
 * answers GET / afterwards. fuzz-actions.test.ts does the same in process with 10,000 forms per action.
 */
const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const RAISED = '1000000';

let app: App;
let signedIn: Client;

test.beforeAll(async () => {
  // Throttles raised, so the runs reach the forms' checks instead of a 429-like refusal.
  app = await startApp({
    LOGIN_RATE_PER_MINUTE: RAISED,
    REGISTER_RATE_PER_MINUTE: RAISED,
    REGISTER_RATE_PER_HOUR: RAISED,
    REGISTER_EMAILS_PER_DAY: RAISED,
    RECOVERY_RATE_PER_HOUR: RAISED,
  });
  signedIn = await completeFirstLogin(app, await registerIndividu(app, 'fuzz'));
});
test.afterAll(async () => app?.stop());

type Form = { page: string; field: string; client: () => Client; fields: Record<string, fc.Arbitrary<FieldValue>> };

const text = (...values: string[]) => valid.one(...values);
const register = (jenis: string, idField: string, id: fc.Arbitrary<string>): Form => ({
  page: `/daftar?jenis=${jenis}`,
  field: idField,
  client: () => new Client(app.baseURL),
  fields: { jenis: text(jenis), name: text('Ali bin Abu'), [idField]: id, email: valid.email, captcha_answer: text('LULUS-UJIAN') },
});

const FORMS: Form[] = [
  register('individu', 'mykad', valid.mykad),
  register('syarikat', 'ssm', text('2021-03-000777')),
  register('institusi', 'regNo', text('kv/ipt-0042')),
  register('kakitangan', 'staffNo', text('st-01234')),
  {
    page: '/',
    field: 'loginId',
    client: () => new Client(app.baseURL),
    fields: { loginId: text('700101900001'), password: valid.password, remember: text('on'), terms: text('on'), next: text('/profil') },
  },
  {
    page: '/lupa-katalaluan',
    field: 'email',
    client: () => new Client(app.baseURL),
    fields: { loginId: text('700101900001'), email: valid.email },
  },
  {
    page: '/profil',
    field: 'address1',
    client: () => signedIn,
    fields: {
      name: text('Ali bin Abu'),
      address1: text('No. 1, Jalan Satu'),
      postcode: text('50480', '62100'),
      state: text('Selangor'),
      city: text('Putrajaya'),
      email: valid.email,
      phone: text('0388888888'),
      declare: text('on'),
      currentPassword: valid.password,
    },
  },
  {
    page: '/tukar-katalaluan',
    field: 'current',
    client: () => signedIn,
    fields: { current: valid.password, password: valid.password, confirm: valid.password },
  },
];

/**
 * How the request is wrapped around the generated form, in three groups: what a browser or a careful script can
 * send (names and file names escaped as the HTML standard's multipart encoding does), multipart bodies that
 * break the format, and the form's own action id with arguments no form sends.
 */
const GROUPS = {
  'well-formed posts': ['form', 'forged-state', 'control-names', 'wrong-type', 'forged-action', 'big'],
  'malformed multipart bodies': ['no-boundary', 'raw-names'],
  "the action's own id with arguments no form sends": ['real-action-args'],
} as const;
type Mode = (typeof GROUPS)[keyof typeof GROUPS][number];

const CONTROL_NAME = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
const FORGED_ID = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 0, maxLength: 42 });
// What a script can put where React encodes a server action's arguments.
const ARGS = fc.oneof(
  fc.constantFrom('[]', '[null]', '["$undefined"]', '"x"', '{}', '[{"attempt":"x"},{}]', '["$K1"]', '[1,2,3]', 'not json'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

// The HTML standard's multipart/form-data encoding: LF, CR and '"' in a name or file name as %0A, %0D, %22.
const escapeName = (name: string) => name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');

function multipart(parts: [string, FieldValue][], boundary: string, raw = false): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [];
  const quoted = raw ? (name: string) => name : escapeName;
  for (const [key, value] of parts) {
    if (value === undefined) continue;
    const name = quoted(key);
    const file = isFile(value) ? `; filename="${quoted(value.file)}"` : '';
    const type = isFile(value) ? `\r\nContent-Type: ${value.type || 'application/octet-stream'}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file}${type}\r\n\r\n`));
    chunks.push(isFile(value) ? Buffer.from(value.bytes) : Buffer.from(textOf(value)));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

function actionId(hidden: Map<string, string>): string | null {
  for (const [name, value] of hidden) {
    const plain = /^\$ACTION_ID_(\w+)$/.exec(name)?.[1];
    if (plain) return plain;
    const bound = /"id":"(\w+)"/.exec(value)?.[1];
    if (bound) return bound;
  }
  return null;
}

async function post(
  client: Client,
  form: Form,
  hidden: Map<string, string>,
  mode: Mode,
  fuzz: FuzzForm,
  extra: { args: string; name: string; id: string },
) {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const origin = { origin: client.baseURL };
  let fields: [string, FieldValue][] = [...hidden, ...fuzz.fields, ...fuzz.extra];
  if (mode === 'forged-state') fields = [...[...hidden.keys()].map((k): [string, FieldValue] => [k, extra.args]), ...fuzz.fields];
  if (mode === 'control-names' || mode === 'raw-names')
    fields = [...hidden, ...fuzz.fields.map(([k, v]): [string, FieldValue] => [`${k}${extra.name}`, v]), ...fuzz.extra];
  if (mode === 'big') fields = [...hidden, ...fuzz.fields, ['padding', 'x'.repeat(2 * 1024 * 1024)]];
  const body = multipart(fields, boundary, mode === 'raw-names');
  const contentType = `multipart/form-data; boundary=${boundary}`;
  switch (mode) {
    case 'wrong-type':
      return client.request(form.page, {
        method: 'POST',
        body,
        headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
      });
    case 'no-boundary':
      return client.request(form.page, { method: 'POST', body, headers: { ...origin, 'content-type': 'multipart/form-data' } });
    case 'forged-action':
      return client.request(form.page, {
        method: 'POST',
        body,
        headers: { ...origin, 'content-type': contentType, 'next-action': extra.id },
      });
    case 'real-action-args':
      return client.request(form.page, {
        method: 'POST',
        body: extra.args,
        headers: {
          ...origin,
          'content-type': 'text/plain;charset=UTF-8',
          'next-action': actionId(hidden) ?? 'none',
          accept: 'text/x-component',
        },
      });
    default:
      return client.request(form.page, { method: 'POST', body, headers: { ...origin, 'content-type': contentType } });
  }
}

for (const form of FORMS) {
  for (const [group, modes] of Object.entries(GROUPS)) {
    test(`${form.page} (${form.field}), ${group}: ${RUNS} generated posts, never a 5xx`, async () => {
      const client = form.client();
      const hidden = await formFields(client, form.page, form.field);
      expect(actionId(hidden), 'the form posts to a server action').not.toBeNull();
      const statuses = new Map<number, number>();
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Mode>(...modes),
          fuzzForm(form.fields),
          fc.record({ args: ARGS, name: CONTROL_NAME, id: FORGED_ID }),
          async (mode, fuzz, extra) => {
            const logged = app.output().length;
            const response = await post(client, form, hidden, mode, fuzz, extra);
            await response.arrayBuffer();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            // The server's own lines for this request say where the 5xx came from.
            const log = () => {
              const lines = app.output().slice(logged).split('\n');
              return (
                lines
                  .filter((line) => /⨯|error/i.test(line))
                  .slice(0, 3)
                  .join(' | ') || lines.slice(0, 2).join(' | ')
              ).slice(0, 600);
            };
            expect(response.status, `${mode} answered ${response.status}: ${log()}`).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
      const seconds = (performance.now() - started) / 1000;
      const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${n}×${status}`);
      console.log(
        `reliability: fuzz over HTTP ${form.page} (${form.field}), ${group}: ${RUNS} posts, ${summary.join(', ')} (${seconds.toFixed(1)} s)`,
      );
      expect((await new Client(app.baseURL).request('/')).status, 'GET / afterwards').toBe(200);
    });
  }
}

test('after every post above, failed or not, the server still answers GET / and its process is running', async () => {
  expect((await new Client(app.baseURL).request('/')).status).toBe(200);
  expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection|FATAL/i);
});

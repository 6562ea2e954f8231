/** @jest-environment node */
import { devMailbox, emailOutbox } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, enqueueEmail } from '@/lib/mail/outbox';
import { getTransport, warnIfMailNotDelivered } from '@/lib/mail/transport';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const TO = 'siti.ahmad@example.com';
const props = { name: 'SITI BINTI AHMAD', maskedId: '850505-**-**12', password: 'Ab3dEf7h', expiresAt: '2026-05-01T04:00:00Z' };

let t: TestDatabase;
let lines: string[];
let spy: jest.SpyInstance;
const saved = { MAIL_TRANSPORT: process.env.MAIL_TRANSPORT, LOG_LEVEL: process.env.LOG_LEVEL };

beforeAll(async () => {
  t = await freshDatabase();
});
beforeEach(() => {
  process.env.MAIL_TRANSPORT = 'log';
  process.env.LOG_LEVEL = 'warn';
  resetEnv();
  lines = [];
  // The logger writes warnings to stderr as one JSON line each.
  spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
});
afterEach(() => {
  spy.mockRestore();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnv();
});
afterAll(() => t.close());

const warnings = (event: string) => lines.map((line) => JSON.parse(line)).filter((entry) => entry.event === event);

test('MAIL_TRANSPORT=log: one warning per message naming its template, never the recipient or the body', async () => {
  await enqueueEmail(t.db, { template: 'generated-password', to: TO, props });
  await enqueueEmail(t.db, {
    template: 'account-locked',
    to: 'second@example.com',
    props: { name: 'ALI BIN ABU', maskedId: '700101-**-**34', lockedUntil: '2026-05-01T04:00:00Z' },
  });
  expect(await deliverDueEmails()).toEqual({ sent: 2, failed: 0 });

  const notDelivered = warnings('mail.not_delivered');
  expect(notDelivered).toHaveLength(2);
  expect(notDelivered.map((w) => w.template).sort()).toEqual(['account-locked', 'generated-password']);
  expect(notDelivered.every((w) => w.level === 'warn' && /^log-/.test(w.messageId))).toBe(true);
  const all = lines.join('\n');
  for (const secret of ['siti.ahmad', 'second@', 'example.com', 'Ab3dEf7h', '850505', '700101', 'SITI', 'ALI BIN'])
    expect(all).not.toContain(secret);

  // Nothing kept anywhere: the outbox row is wiped as after a real delivery, and the mailbox stays empty.
  const rows = await t.db.select().from(emailOutbox);
  expect(rows.every((r) => r.status === 'sent' && r.payload === null && r.providerId?.startsWith('log-'))).toBe(true);
  expect(await t.db.select().from(devMailbox)).toEqual([]);
});

test('the log transport is chosen only by MAIL_TRANSPORT=log; the start-up warning says so once', () => {
  expect(getTransport().constructor.name).toBe('LogTransport');
  warnIfMailNotDelivered();
  expect(warnings('mail.transport_log_active')).toHaveLength(1);

  delete process.env.MAIL_TRANSPORT;
  resetEnv();
  expect(getTransport().constructor.name).toBe('DevMailboxTransport');
  warnIfMailNotDelivered();
  expect(warnings('mail.transport_log_active')).toHaveLength(1);

  process.env.RESEND_API_KEY = 're_test_key';
  resetEnv();
  try {
    expect(getTransport().constructor.name).toBe('ResendTransport');
    process.env.MAIL_TRANSPORT = 'mailbox';
    resetEnv();
    expect(getTransport().constructor.name).toBe('DevMailboxTransport');
  } finally {
    delete process.env.RESEND_API_KEY;
  }
});

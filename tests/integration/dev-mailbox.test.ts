/** @jest-environment node */
import { devMailbox, emailOutbox } from '@/db/schema';
import { resetEnv } from '@/lib/config/env';
import { getDevMailboxMessage, listDevMailbox } from '@/lib/mail/dev-mailbox';
import { deliverDueEmails, enqueueEmail } from '@/lib/mail/outbox';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
beforeAll(async () => {
  delete process.env.RESEND_API_KEY;
  resetEnv();
  t = await freshDatabase();
});
afterAll(() => t.close());

const props = (password: string) => ({ name: 'SITI BINTI AHMAD', maskedId: '850505-**-**12', password, expiresAt: '2026-05-01T04:00:00Z' });

test('without RESEND_API_KEY mail lands in the development mailbox, sealed at rest and readable through its list', async () => {
  await t.db.transaction(async (tx) => {
    await enqueueEmail(tx, { template: 'generated-password', to: 'siti.ahmad@example.com', props: props('Ab3dEf7h') });
  });
  await enqueueEmail(t.db, { template: 'generated-password', to: 'second@example.com', props: props('Zz9yXx8w') });
  expect(await deliverDueEmails()).toEqual({ sent: 2, failed: 0 });

  const raw = JSON.stringify(await t.db.select().from(devMailbox));
  for (const secret of ['siti.ahmad', 'example.com', 'Ab3dEf7h', 'Zz9yXx8w', '850505']) expect(raw).not.toContain(secret);

  const messages = await listDevMailbox();
  expect(messages).toHaveLength(2);
  // Newest first.
  expect(messages[0].to).toBe('second@example.com');
  const first = messages.find((m) => m.to === 'siti.ahmad@example.com')!;
  expect(first.subject).toBe('Katalaluan ECOS anda / Your ECOS password');
  expect(first.from).toBe('ECOS Suruhanjaya Tenaga <no-reply@st.gov.my>');
  expect(first.text).toContain('Katalaluan: Ab3dEf7h');
  expect(first.html).toContain('Id Pengguna: 850505-**-**12');
  expect(first.createdAt).toBeInstanceOf(Date);

  expect((await getDevMailboxMessage(first.id))?.text).toBe(first.text);
  expect(await getDevMailboxMessage('not-a-uuid')).toBeNull();
  expect(await getDevMailboxMessage('00000000-0000-4000-8000-000000000000')).toBeNull();

  // The outbox row is wiped as with Resend.
  const outbox = await t.db.select().from(emailOutbox);
  expect(outbox.every((r) => r.status === 'sent' && r.payload === null && r.providerId?.startsWith('dev-'))).toBe(true);
});

/** @jest-environment node */
import { resetEnv } from '@/lib/config/env';
import { listDevMailbox } from '@/lib/mail/dev-mailbox';
import { enqueueEmail } from '@/lib/mail/outbox';
import { GET, POST } from '@/app/api/cron/outbox/route';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const SECRET = 'cron-secret-0123456789abcdef';
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterEach(() => {
  delete process.env.CRON_SECRET;
  resetEnv();
});
afterAll(() => t.close());

const call = (handler: typeof POST, authorization?: string) =>
  handler(new Request('http://localhost/api/cron/outbox', { method: 'POST', headers: authorization ? { authorization } : {} }));

test('the cron route does not exist while CRON_SECRET is unset', async () => {
  expect((await call(POST, `Bearer ${SECRET}`)).status).toBe(404);
});

test('the cron route refuses a wrong or missing secret and delivers due mail with the right one', async () => {
  process.env.CRON_SECRET = SECRET;
  resetEnv();
  await enqueueEmail(t.db, {
    template: 'generated-password',
    to: 'cron@example.com',
    props: { name: 'ALI BIN ABU', maskedId: '700101-**-**34', password: 'Cr0nTest', expiresAt: '2026-05-01T04:00:00Z' },
  });
  expect((await call(POST)).status).toBe(401);
  expect((await call(POST, `Bearer ${SECRET}x`)).status).toBe(401);
  expect((await call(POST, SECRET)).status).toBe(401);
  expect(await listDevMailbox()).toHaveLength(0);

  const ok = await call(POST, `Bearer ${SECRET}`);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ sent: 1, failed: 0, swept: expect.objectContaining({ rateLimits: expect.any(Number) }) });
  expect((await listDevMailbox()).map((m) => m.to)).toEqual(['cron@example.com']);

  const again = await call(GET, `Bearer ${SECRET}`);
  expect(await again.json()).toMatchObject({ sent: 0, failed: 0 });
});

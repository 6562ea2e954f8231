/** @jest-environment node */
import { users, type NewUser, type UserType } from '@/db/schema';
import { loadRegistrationStats } from '@/lib/stats/registration-stats';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
let serial = 0;

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

const ID_TYPES: Record<UserType, NewUser['idType']> = {
  individu: 'mykad',
  syarikat: 'ssm_new',
  institusi: 'institusi',
  kakitangan: 'staff',
};

/** Accounts written straight to the table: the statistics only read the type, status and creation time. */
async function register(userType: UserType, createdAt: string, status: NewUser['status'] = 'active') {
  serial += 1;
  await t.db.insert(users).values({
    userType,
    idType: ID_TYPES[userType],
    loginId: `STAT${String(serial).padStart(6, '0')}`,
    name: 'PENGGUNA UJIAN',
    email: `statistik${serial}@contoh.com.my`,
    passwordHash: 'not-a-real-hash',
    status,
    createdAt: new Date(createdAt),
  });
}

const NOW = new Date('2026-11-25T04:00:00Z');

test('an empty database gives zeros for every type and every one of the last 12 months', async () => {
  const stats = await loadRegistrationStats(t.db, NOW);
  expect(stats.total).toBe(0);
  expect(stats.byType).toEqual({ individu: 0, syarikat: 0, institusi: 0, kakitangan: 0 });
  expect(stats.months.map((m) => m.month)).toEqual([
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
  ]);
  expect(stats.months.every((m) => m.total === 0)).toBe(true);
  expect(stats.computedAt).toEqual(NOW);
});

test('counts accounts by type, and by month in Malaysia time', async () => {
  // 31 Oct 17:30 UTC is 1 Nov 01:30 in Malaysia: a November registration.
  await register('individu', '2026-10-31T17:30:00Z');
  // 31 Oct 15:59 UTC is still 31 Oct 23:59 there.
  await register('individu', '2026-10-31T15:59:00Z');
  await register('syarikat', '2026-11-20T02:00:00Z', 'pending');
  await register('syarikat', '2026-11-24T10:00:00Z', 'locked');
  await register('institusi', '2026-03-01T00:00:00+08:00');
  await register('kakitangan', '2025-12-01T00:00:00+08:00');
  // 30 Nov 2025, 23:59 in Malaysia: before the 12-month window, but still a registered account.
  await register('kakitangan', '2025-11-30T23:59:00+08:00');
  await register('individu', '2019-06-15T00:00:00Z', 'disabled');

  const stats = await loadRegistrationStats(t.db, NOW);
  expect(stats.byType).toEqual({ individu: 3, syarikat: 2, institusi: 1, kakitangan: 2 });
  expect(stats.total).toBe(8);

  const month = (key: string) => stats.months.find((m) => m.month === key);
  expect(month('2026-11')).toEqual({ month: '2026-11', byType: { individu: 1, syarikat: 2, institusi: 0, kakitangan: 0 }, total: 3 });
  expect(month('2026-10')).toEqual({ month: '2026-10', byType: { individu: 1, syarikat: 0, institusi: 0, kakitangan: 0 }, total: 1 });
  expect(month('2026-03')?.total).toBe(1);
  expect(month('2025-12')).toEqual({ month: '2025-12', byType: { individu: 0, syarikat: 0, institusi: 0, kakitangan: 1 }, total: 1 });
  expect(month('2025-11')).toBeUndefined();
  expect(stats.months.reduce((sum, m) => sum + m.total, 0)).toBe(6);
});

test('a month later the window moves on: December 2025 drops out, December 2026 starts at zero', async () => {
  const stats = await loadRegistrationStats(t.db, new Date('2026-12-01T00:30:00+08:00'));
  expect(stats.months[0].month).toBe('2026-01');
  expect(stats.months.at(-1)).toEqual({ month: '2026-12', byType: { individu: 0, syarikat: 0, institusi: 0, kakitangan: 0 }, total: 0 });
  expect(stats.months.reduce((sum, m) => sum + m.total, 0)).toBe(5);
  expect(stats.total).toBe(8);
});

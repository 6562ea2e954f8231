/** @jest-environment node */
import { searchAccounts, searchProblem, SEARCH_PAGE_SIZE, parseSearchParams } from '@/lib/admin/account-search';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * Pengguna's search as an officer meets it, on PGlite and PostgreSQL: an id typed with dashes finds the
 * canonical id, part of a name finds it whatever its case and accents (either way round), an e-mail is
 * exact, and results come 25 a page in a stable order.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
  await createUser(t.db, { loginId: '700101915555', name: 'ÁISYAH BINTI ALI', email: 'aisyah@contoh.com.my' });
  await createUser(t.db, { loginId: '700101916666', name: 'NUR AISYAH BINTI OSMAN', email: 'nur@contoh.com.my' });
  await createUser(t.db, { loginId: '700101917777', name: 'JOSÉ MUÑOZ', email: 'jose@contoh.com.my' });
  await createUser(t.db, { loginId: '700101918888', name: 'AHMAD BIN ABU', email: 'ahmad@contoh.com.my' });
  for (let i = 0; i < 30; i++) {
    await createUser(t.db, {
      loginId: `6001019${String(i).padStart(5, '0')}`,
      name: `ZAINAL PAGE ${String(i).padStart(2, '0')}`,
      email: `z${i}@contoh.com.my`,
    });
  }
}, 180_000);
afterAll(() => t.close());

const names = async (kind: 'id' | 'name' | 'email', q: string, page = 1) =>
  (await searchAccounts(t.db, { kind, q, page })).rows.map((r) => r.name);

test('by id: exact, typed with dashes and spaces as people do', async () => {
  expect(await names('id', '700101-91-5555')).toEqual(['ÁISYAH BINTI ALI']);
  expect(await names('id', ' 7001 0191 555 5 ')).toEqual(['ÁISYAH BINTI ALI']);
  expect(await names('id', '70010191555')).toEqual([]);
});

test('by part of a name: case and accents ignored, both ways', async () => {
  // In the database's collation order, which differs between the two (C on PGlite).
  expect((await names('name', 'Aisyah')).sort()).toEqual(['NUR AISYAH BINTI OSMAN', 'ÁISYAH BINTI ALI']);
  expect((await names('name', 'áisyah')).sort()).toEqual(['NUR AISYAH BINTI OSMAN', 'ÁISYAH BINTI ALI']);
  expect(await names('name', 'jose munoz')).toEqual(['JOSÉ MUÑOZ']);
  expect(await names('name', 'MUÑOZ')).toEqual(['JOSÉ MUÑOZ']);
  expect(await names('name', 'bin abu')).toEqual(['AHMAD BIN ABU']);
  // Regular-expression characters are matched as themselves, never as a pattern.
  expect(await names('name', 'a.*y')).toEqual([]);
  expect(await names('name', "(a'[")).toEqual([]);
});

test('by e-mail: exact, any case', async () => {
  expect(await names('email', ' Nur@Contoh.com.my ')).toEqual(['NUR AISYAH BINTI OSMAN']);
  expect(await names('email', 'nur@contoh.com')).toEqual([]);
});

test('25 a page, in name order, with a next page only when there is one', async () => {
  const first = await searchAccounts(t.db, { kind: 'name', q: 'zainal page', page: 1 });
  expect(first.rows).toHaveLength(SEARCH_PAGE_SIZE);
  expect(first.hasMore).toBe(true);
  expect(first.rows[0].name).toBe('ZAINAL PAGE 00');
  const second = await searchAccounts(t.db, { kind: 'name', q: 'zainal page', page: 2 });
  expect(second.rows.map((r) => r.name)).toEqual([
    'ZAINAL PAGE 25',
    'ZAINAL PAGE 26',
    'ZAINAL PAGE 27',
    'ZAINAL PAGE 28',
    'ZAINAL PAGE 29',
  ]);
  expect(second.hasMore).toBe(false);
  // A page past the bound is read as the last allowed one, never an unbounded offset.
  expect((await searchAccounts(t.db, { kind: 'name', q: 'zainal page', page: 10_000 })).page).toBe(40);
});

test('a search that cannot run says why, and forged parameters never throw', () => {
  expect(searchProblem({ kind: 'name', q: 'ab', page: 1 })).toBe('tooShort');
  expect(searchProblem({ kind: 'name', q: '   ', page: 1 })).toBe('required');
  expect(searchProblem({ kind: 'email', q: 'not-an-address', page: 1 })).toBe('email');
  expect(searchProblem({ kind: 'id', q: '--', page: 1 })).toBe('required');
  expect(searchProblem({ kind: 'name', q: 'x'.repeat(101), page: 1 })).toBe('tooLong');
  expect(searchProblem({ kind: 'name', q: 'ais\u0000yah', page: 1 })).toBeNull();
  expect(parseSearchParams({})).toBeNull();
  expect(parseSearchParams({ jenis: ['email', 'id'], q: 'a@b.my', halaman: '-5' })).toEqual({ kind: 'email', q: 'a@b.my', page: 1 });
  expect(parseSearchParams({ jenis: 'drop table', q: 'ali', halaman: 'NaN' })).toEqual({ kind: 'name', q: 'ali', page: 1 });
});

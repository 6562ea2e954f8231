import { parseSsm } from '@/lib/validation/ssm';

const NOW = new Date('2026-06-15T04:00:00Z');
const parse = (raw: string) => parseSsm(raw, NOW);

test('the new 12-digit form, typed with spaces or dashes', () => {
  expect(parse('201901000005')).toEqual({ ok: true, value: '201901000005', type: 'ssm_new' });
  expect(parse('2019 01 000005')).toEqual({ ok: true, value: '201901000005', type: 'ssm_new' });
  expect(parse(' 2019-01-000005 ')).toEqual({ ok: true, value: '201901000005', type: 'ssm_new' });
  // A company incorporated long ago keeps its year in the new number.
  expect(parse('196501000123')).toMatchObject({ ok: true, type: 'ssm_new' });
});

test('every SSM entity type 01–06 is accepted, others are not', () => {
  for (const t of ['01', '02', '03', '04', '05', '06']) expect(parse(`2020${t}123456`)).toMatchObject({ ok: true });
  for (const t of ['00', '07', '10', '99']) expect(parse(`2020${t}123456`)).toEqual({ ok: false, reason: 'entity' });
});

test('the year must lie between 1900 and this year', () => {
  expect(parse('190001000001')).toMatchObject({ ok: true });
  expect(parse('202601000001')).toMatchObject({ ok: true });
  expect(parse('189901000001')).toEqual({ ok: false, reason: 'year' });
  expect(parse('202701000001')).toEqual({ ok: false, reason: 'year' });
});

test('the old form: 1 to 7 digits and a check letter, canonical without the dash and in capitals', () => {
  expect(parse('123456-A')).toEqual({ ok: true, value: '123456A', type: 'ssm_old' });
  expect(parse('123456-a')).toEqual({ ok: true, value: '123456A', type: 'ssm_old' });
  expect(parse('1312525 - A')).toEqual({ ok: true, value: '1312525A', type: 'ssm_old' });
  expect(parse('5-K')).toEqual({ ok: true, value: '5K', type: 'ssm_old' });
});

test('anything else is refused as a format error', () => {
  for (const raw of ['', 'ABC', '12345678-A', '123456', '123456-AB', 'A-123456', '20190100000', '2019010000051', '123456/A', '123456#A']) {
    expect(parse(raw)).toEqual({ ok: false, reason: 'format' });
  }
});

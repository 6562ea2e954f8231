import { parseMyKad } from '@/lib/validation/mykad';

const NOW = new Date('2026-06-15T04:00:00Z');
const parse = (raw: string) => parseMyKad(raw, NOW);
const reason = (raw: string) => {
  const r = parse(raw);
  return r.ok ? 'ok' : r.reason;
};

test("the manual's example 700101991234 is valid: born 1 January 1970 abroad, a woman", () => {
  const r = parse('700101991234');
  expect(r).toEqual({ ok: true, value: '700101991234', birthDate: new Date(Date.UTC(1970, 0, 1)), sex: 'PEREMPUAN' });
});

test('dashes and spaces people type are removed; anything else is not a MyKad', () => {
  expect(parse('700101-99-1234')).toMatchObject({ ok: true, value: '700101991234' });
  expect(parse(' 700101 99 1234 ')).toMatchObject({ ok: true, value: '700101991234' });
  expect(reason('70010199123')).toBe('format');
  expect(reason('7001019912345')).toBe('format');
  expect(reason('700101-99-123A')).toBe('format');
  expect(reason('700101/99/1234')).toBe('format');
  expect(reason('')).toBe('format');
});

test('the sex comes from the last digit: odd LELAKI, even PEREMPUAN', () => {
  expect(parse('850312145671')).toMatchObject({ ok: true, sex: 'LELAKI' });
  expect(parse('850312145679')).toMatchObject({ ok: true, sex: 'LELAKI' });
  expect(parse('850312145670')).toMatchObject({ ok: true, sex: 'PEREMPUAN' });
  expect(parse('850312145678')).toMatchObject({ ok: true, sex: 'PEREMPUAN' });
});

describe('date of birth', () => {
  test('29 February only in leap years, across both centuries', () => {
    expect(parse('000229140001')).toMatchObject({ ok: true, birthDate: new Date(Date.UTC(2000, 1, 29)) });
    expect(parse('960229140001')).toMatchObject({ ok: true, birthDate: new Date(Date.UTC(1996, 1, 29)) });
    expect(parse('240229140001')).toMatchObject({ ok: true, birthDate: new Date(Date.UTC(2024, 1, 29)) });
    expect(reason('970229140001')).toBe('date');
    expect(reason('010229140001')).toBe('date');
    expect(reason('250229140001')).toBe('date');
  });

  test('impossible days and months are refused', () => {
    for (const yymmdd of ['700100', '700132', '700431', '700230', '701301', '700001', '701200']) {
      expect(reason(`${yymmdd}141234`)).toBe('date');
    }
    expect(reason('701231141234')).toBe('ok');
  });

  test('a date that would lie in the future is the 1900s; anything else is the 2000s', () => {
    expect(parse('270101141234')).toMatchObject({ birthDate: new Date(Date.UTC(1927, 0, 1)) });
    expect(parse('260101141234')).toMatchObject({ birthDate: new Date(Date.UTC(2026, 0, 1)) });
    expect(parse('260615141234')).toMatchObject({ birthDate: new Date(Date.UTC(2026, 5, 15)) });
    // Later this year has not happened yet: a centenarian born in 1926.
    expect(parse('260616141234')).toMatchObject({ birthDate: new Date(Date.UTC(1926, 5, 16)) });
    expect(parse('261231141234')).toMatchObject({ birthDate: new Date(Date.UTC(1926, 11, 31)) });
    // 29 February 2000 existed (a leap century); 1900 had none, so 000229 is only ever 2000.
    expect(parse('000229141234')).toMatchObject({ birthDate: new Date(Date.UTC(2000, 1, 29)) });
  });
});

describe('place-of-birth code (digits 7–8)', () => {
  const withCode = (code: string) => `800101${code}1235`;
  test.each(['01', '14', '16', '21', '59', '60', '68', '71', '72', '74', '79', '82', '93', '98', '99'])('%s is in use', (code) => {
    expect(reason(withCode(code))).toBe('ok');
  });
  test.each(['00', '17', '18', '19', '20', '69', '70', '73', '80', '81', '94', '95', '96', '97'])('%s is not issued', (code) => {
    expect(reason(withCode(code))).toBe('place');
  });
});

/** @jest-environment node */
import { normalisePhone, parsePhone } from '@/lib/profile/phone';

describe('telephone numbers are stored as 60… digits (requirements §4.3)', () => {
  test.each([
    ['60312345678', '60312345678'],
    ['601312345678', '601312345678'],
    ['03-1234 5678', '60312345678'],
    ['03 8870 8500', '60388708500'],
    ['012-345 6789', '60123456789'],
    ['011-1234 5678', '601112345678'],
    ['+60 12-345 6789', '60123456789'],
    ['+6012.345.6789', '60123456789'],
    ['(03) 1234-5678', '60312345678'],
    ['082-123456', '6082123456'],
    ['１２３', null],
    ['', null],
    ['12-345 6789', null],
    ['+65 6123 4567', null],
    ['0060312345678', null],
    ['0312', null],
    ['6003123456789', null],
    ['03-1234 5678 9999', null],
    ['03-1234 567a', null],
  ])('%s → %s', (raw, stored) => {
    expect(normalisePhone(raw)).toBe(stored);
  });

  test('No. Telefon (HP) must be a mobile number; No. Telefon takes either', () => {
    expect(parsePhone('03-1234 5678', { mobile: true })).toEqual({ ok: false, reason: 'mobile' });
    expect(parsePhone('013-1234 5678', { mobile: true })).toEqual({ ok: true, value: '601312345678' });
    expect(parsePhone('013-1234 5678')).toEqual({ ok: true, value: '601312345678' });
    expect(parsePhone('nombor')).toEqual({ ok: false, reason: 'format' });
  });
});

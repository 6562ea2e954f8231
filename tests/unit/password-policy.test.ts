/** @jest-environment node */
import { blocklistSize, isCommonPassword } from '@/lib/auth/common-passwords';
import { checkPasswordRules, failedRules, newPasswordSchema } from '@/lib/validation/password';

const MYKAD = '700101991234';
const failures = (password: string, options: { loginId?: string; maxLength?: number } = {}) =>
  failedRules(checkPasswordRules(password, { loginId: options.loginId ?? MYKAD, maxLength: options.maxLength ?? 12 }));

describe('KATALALUAN BARU rules (requirements §3.2, manual item 12)', () => {
  test.each([
    ['abcD1234', [], "the manual's example meets every rule"],
    ['dhW51Frg', [], 'a generated-style password'],
    ['abcD123', ['length'], '7 characters'],
    ['abcD1234', [], '8 characters'],
    ['abcD12345678', [], '12 characters'],
    ['abcD123456789', ['length'], '13 characters, over the default maximum'],
    ['abcdEFGH', ['digit'], 'no digit'],
    ['ABCD1234', ['lower'], 'no small letter'],
    ['abcd1234', ['upper'], 'no capital'],
    ['12345678', ['upper', 'lower'], 'digits only'],
    ['', ['upper', 'lower', 'digit', 'length'], 'empty'],
    ['Kuat 1234', [], 'a space counts as a character and is allowed'],
    ['Éclair99', [], 'accented capitals count as capitals'],
  ])('%j → %j (%s)', (password, expected) => {
    expect(failures(password)).toEqual(expected);
  });

  test('the maximum length is a setting (NIST would allow 64)', () => {
    expect(failures('Tenaga-Kuat-2026-Putrajaya', { maxLength: 64 })).toEqual([]);
    expect(failures('Tenaga-Kuat-2026-Putrajaya', { maxLength: 12 })).toEqual(['length']);
  });

  test('a password containing the login id is refused, whatever the case or dashes', () => {
    const staff = 'ST1234';
    expect(failures('xST1234abcA', { loginId: staff })).toEqual(['noLoginId']);
    expect(failures('Ast1234zzz', { loginId: staff })).toEqual(['noLoginId']);
    expect(failures('Ast-12-34z', { loginId: staff })).toEqual(['noLoginId']);
    expect(failures('Ast1235zzz', { loginId: staff })).toEqual([]);
    // A MyKad id (12 digits) cannot fit beside letters within 12 characters, but does within 64.
    expect(failures(`Ab${MYKAD}`, { maxLength: 64 })).toEqual(['noLoginId']);
  });

  test('characters are counted as a person sees them, not as UTF-16 units', () => {
    expect(failures('Abc1😀😀😀😀', { maxLength: 8 })).toEqual([]);
  });
});

describe('the form schema', () => {
  const schema = newPasswordSchema({ maxLength: 12, loginId: MYKAD });
  const issues = (input: { password: string; confirm: string }) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  test('a good password typed twice passes', () => {
    expect(issues({ password: 'Tenaga2026', confirm: 'Tenaga2026' })).toEqual([]);
  });

  test('every failed rule is named, so the page can list them without JavaScript', () => {
    expect(issues({ password: 'abc', confirm: 'abc' })).toEqual(['password:upper', 'password:digit', 'password:length']);
  });

  test('a mismatch has its own error on the second field', () => {
    expect(issues({ password: 'Tenaga2026', confirm: 'Tenaga2025' })).toEqual(['confirm:mismatch']);
  });

  test('empty fields are "required", not a list of rules', () => {
    expect(issues({ password: '', confirm: '' })).toEqual(['password:required', 'confirm:required']);
  });
});

describe('common-password blocklist (server only)', () => {
  test('ships at least 10,000 entries', () => {
    expect(blocklistSize()).toBeGreaterThanOrEqual(10_000);
  });

  test.each(['password1', 'Password1', 'PASSWORD1', 'Passw0rd', 'qwerty123', 'Welcome1', 'iloveyou1'])(
    '%s is refused, case-insensitively',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  test("the manual's own example abcD1234 is on the list (as abcd1234): it meets the rules but is refused", () => {
    expect(failures('abcD1234')).toEqual([]);
    expect(isCommonPassword('abcD1234')).toBe(true);
  });

  test('an ordinary strong password is not on the list', () => {
    expect(isCommonPassword('Tenaga2026')).toBe(false);
    expect(isCommonPassword('dhW51Frg')).toBe(false);
  });
});

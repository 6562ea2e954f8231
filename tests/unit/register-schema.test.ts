import { parseRegistration, type RegisterUserType } from '@/lib/validation/register';

const options = { staffEmailDomain: 'st.gov.my' };
const parse = (type: RegisterUserType, values: Record<string, unknown>) => parseRegistration(type, values, options);
const individu = (overrides: Record<string, unknown> = {}) =>
  parse('individu', { name: 'Ali bin Abu', mykad: '700101991234', email: 'ali.abu@testemail.com', ...overrides });
const nameError = (name: string) => {
  const r = individu({ name });
  return r.ok ? r.data.name : r.errors.name;
};

describe('names', () => {
  test('trimmed, inner spaces collapsed, stored in capitals', () => {
    expect(individu({ name: '  ali   bin\u00a0abu ' })).toMatchObject({ ok: true, data: { name: 'ALI BIN ABU' } });
  });

  test('Malaysian names with A/L, @, apostrophes, dots, dashes and brackets are accepted', () => {
    expect(nameError('Muthu a/l Ramasamy')).toBe('MUTHU A/L RAMASAMY');
    expect(nameError('Nur Aisyah @ Aisyah')).toBe('NUR AISYAH @ AISYAH');
    expect(nameError("Mohd. Ja'afar bin Ab. Rahman")).toBe("MOHD. JA'AFAR BIN AB. RAHMAN");
    expect(nameError('Siti-Hajar (Mek)')).toBe('SITI-HAJAR (MEK)');
    // A curly apostrophe from a phone keyboard means the same.
    expect(nameError('Ja\u2019afar')).toBe("JA'AFAR");
  });

  test('letters of any script, with their combining marks', () => {
    expect(nameError('陈美玲')).toBe('陈美玲');
    expect(nameError('முத்து')).toBe('முத்து');
    expect(nameError('محمد')).toBe('محمد');
    expect(nameError('josé')).toBe('JOSÉ');
  });

  test('digits, other symbols and names without a letter are refused, each with its own message', () => {
    expect(nameError('Ali 2')).toBe('register.errors.nameChars');
    expect(nameError('Ali & Abu')).toBe('register.errors.nameChars');
    expect(nameError('Ali <b>')).toBe('register.errors.nameChars');
    expect(nameError('. - /')).toBe('register.errors.nameLetters');
    expect(nameError('   ')).toBe('register.errors.nameRequired');
  });

  test('at most 150 characters after collapsing spaces', () => {
    expect(nameError('A'.repeat(150))).toBe('A'.repeat(150));
    expect(nameError(`${'A'.repeat(75)}     ${'B'.repeat(74)}`)).toHaveLength(150);
    expect(nameError('A'.repeat(151))).toBe('register.errors.nameLength');
  });

  // The name is the greeting of e-mails sent from ST's address: nothing in it may reorder, hide or break the text.
  test.each([
    ['a right-to-left override', 'Ali \u202Eabu'],
    ['a zero-width joiner', 'Ali\u200DAbu'],
    ['a NUL', 'Ali\u0000Abu'],
    ['a new line', 'Ali\nSila klik pautan ini'],
    ['a tab', 'Ali\tAbu'],
    ['a byte-order mark', '\uFEFFAli'],
    ['a left-to-right isolate', 'Ali \u2066Abu\u2069'],
  ])('a name with %s is refused as hidden characters', (_label, name) => {
    expect(nameError(name)).toBe('register.errors.nameHidden');
  });

  test('a letter carrying 4 combining marks is refused; 3 pass, and so do Vietnamese, Tamil and Chinese names', () => {
    expect(nameError('Za\u0301\u0316\u0324\u0330lgo')).toBe('register.errors.nameMarks');
    expect(nameError('Za\u0301\u0316\u0324lgo')).toBe('ZA\u0301\u0316\u0324LGO'.normalize('NFC'));
    expect(nameError('Nguyễn Văn Đặng')).toBe('NGUYỄN VĂN ĐẶNG');
    expect(nameError('Nguye\u0302\u0303n')).toBe('NGUYỄN');
    expect(nameError('முத்துசாமி')).toBe('முத்துசாமி');
    expect(nameError('陈美玲')).toBe('陈美玲');
    expect(nameError('Siti Nur Aisyah binti Abdullah')).toBe('SITI NUR AISYAH BINTI ABDULLAH');
  });

  test('company and institution names are held to the same rule', () => {
    const syarikat = (name: string) => parse('syarikat', { name, ssm: '201901000005', email: 'a@b.my' });
    expect(syarikat('Syarikat \u202EAB Sdn Bhd')).toMatchObject({ ok: false, errors: { name: 'register.errors.nameHidden' } });
    expect(syarikat('Syarikat A\u0301\u0301\u0301\u0301 Sdn Bhd')).toMatchObject({
      ok: false,
      errors: { name: 'register.errors.nameMarks' },
    });
  });

  test('company and institution names may carry digits, & and commas', () => {
    const r = parse('syarikat', { name: '7-Eleven Malaysia Sdn. Bhd. & Co, Ltd', ssm: '201901000005', email: 'a@b.my' });
    expect(r).toMatchObject({ ok: true, data: { name: '7-ELEVEN MALAYSIA SDN. BHD. & CO, LTD' } });
    const bad = parse('institusi', { name: 'Kolej #1', regNo: 'ABC123', email: 'a@b.my' });
    expect(bad).toMatchObject({ ok: false, errors: { name: 'register.errors.organisationNameChars' } });
  });
});

describe('e-mail', () => {
  test('trimmed and lower-cased', () => {
    expect(individu({ email: '  Ali.Abu@TestEmail.COM ' })).toMatchObject({ ok: true, data: { email: 'ali.abu@testemail.com' } });
  });

  test('an invalid or missing address says so', () => {
    for (const email of ['ali', 'ali@', '@testemail.com', 'ali abu@testemail.com', 'ali@testemail']) {
      expect(individu({ email })).toMatchObject({ ok: false, errors: { email: 'register.errors.emailFormat' } });
    }
    expect(individu({ email: '' })).toMatchObject({ ok: false, errors: { email: 'register.errors.emailRequired' } });
  });
});

describe('each type', () => {
  test('Individu: the MyKad becomes the 12-digit login id', () => {
    expect(individu({ mykad: '700101-99-1234' })).toEqual({
      ok: true,
      data: { userType: 'individu', name: 'ALI BIN ABU', loginId: '700101991234', idType: 'mykad', email: 'ali.abu@testemail.com' },
    });
    expect(individu({ mykad: '701301991234' })).toMatchObject({ errors: { mykad: 'register.errors.mykadDate' } });
    expect(individu({ mykad: '700101001234' })).toMatchObject({ errors: { mykad: 'register.errors.mykadPlace' } });
    expect(individu({ mykad: '7001019912' })).toMatchObject({ errors: { mykad: 'register.errors.mykadFormat' } });
  });

  test('Syarikat: either SSM form, canonical, with its id type', () => {
    const values = { name: 'Syarikat Contoh Elektrik Sdn Bhd', email: 'rekod@contoh-elektrik.com.my' };
    expect(parse('syarikat', { ...values, ssm: '2019-01-000005' })).toMatchObject({
      ok: true,
      data: { loginId: '201901000005', idType: 'ssm_new' },
    });
    expect(parse('syarikat', { ...values, ssm: '123456-a' })).toMatchObject({ ok: true, data: { loginId: '123456A', idType: 'ssm_old' } });
    expect(parse('syarikat', { ...values, ssm: '201907000005' })).toMatchObject({ errors: { ssm: 'register.errors.ssmEntity' } });
    expect(parse('syarikat', { ...values, ssm: '299901000005' })).toMatchObject({ errors: { ssm: 'register.errors.ssmYear' } });
    expect(parse('syarikat', { ...values, ssm: 'abc' })).toMatchObject({ errors: { ssm: 'register.errors.ssmFormat' } });
  });

  test('Institusi: letters and digits, 3 to 30 once separators are gone', () => {
    const values = { name: 'Kolej Vokasional Contoh', email: 'pentadbir@kv.edu.my' };
    expect(parse('institusi', { ...values, regNo: 'kpm/ipts-123' })).toMatchObject({
      ok: true,
      data: { loginId: 'KPMIPTS123', idType: 'institusi' },
    });
    expect(parse('institusi', { ...values, regNo: 'a-1' })).toMatchObject({ errors: { regNo: 'register.errors.regNoLength' } });
    expect(parse('institusi', { ...values, regNo: 'A'.repeat(31) })).toMatchObject({ errors: { regNo: 'register.errors.regNoLength' } });
    expect(parse('institusi', { ...values, regNo: 'ABC#123' })).toMatchObject({ errors: { regNo: 'register.errors.regNoChars' } });
    expect(parse('institusi', { ...values, regNo: 'ABC\u0000123' })).toMatchObject({ errors: { regNo: 'register.errors.regNoChars' } });
    expect(parse('institusi', { ...values, regNo: '\uFEFFABC123' })).toMatchObject({ errors: { regNo: 'register.errors.regNoChars' } });
  });

  test('Kakitangan: only with an e-mail on the staff domain', () => {
    const values = { name: 'Aminah binti Salleh', staffNo: 'st-01234' };
    expect(parse('kakitangan', { ...values, email: 'Aminah@ST.gov.my' })).toMatchObject({
      ok: true,
      data: { userType: 'kakitangan', loginId: 'ST01234', idType: 'staff', email: 'aminah@st.gov.my' },
    });
    for (const email of ['aminah@gmail.com', 'aminah@st.gov.my.evil.com', 'aminah@notst.gov.my']) {
      expect(parse('kakitangan', { ...values, email })).toMatchObject({ errors: { email: 'register.errors.emailStaffDomain' } });
    }
    // The domain is a setting.
    const other = parseRegistration('kakitangan', { ...values, email: 'aminah@tenaga.example' }, { staffEmailDomain: 'Tenaga.Example' });
    expect(other).toMatchObject({ ok: true });
  });

  test('every field is mandatory, and every missing one is reported at once', () => {
    expect(parse('individu', {})).toEqual({
      ok: false,
      errors: { name: 'register.errors.nameRequired', mykad: 'register.errors.mykadRequired', email: 'register.errors.emailRequired' },
    });
    expect(parse('syarikat', { name: null, ssm: null, email: null })).toMatchObject({ errors: { ssm: 'register.errors.ssmRequired' } });
    expect(parse('institusi', {})).toMatchObject({ errors: { regNo: 'register.errors.regNoRequired' } });
    expect(parse('kakitangan', {})).toMatchObject({ errors: { staffNo: 'register.errors.staffNoRequired' } });
  });
});

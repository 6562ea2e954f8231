/** @jest-environment node */
import { citiesOf, lookupPostcode } from '@/lib/profile/postcodes';
import { parseProfile, type ProfileContext } from '@/lib/validation/profile';

const ctx: ProfileContext = { citiesOf, stateOfPostcode: (code) => lookupPostcode(code)?.state, emailEditable: true };

const individu = {
  name: '  Husaini  bin Ismail Khamis ',
  citizen: 'ya',
  idKind: 'mykad',
  address1: 'No. 12, Jalan Tun Hussein',
  address2: 'Presint 2',
  address3: '',
  postcode: '62100',
  city: 'Putrajaya',
  state: 'W.P. Putrajaya',
  email: ' Husaini1970@Yahoo.com ',
  phone: '03-8870 8500',
  mobile: '+60 13-1234 5678',
  fax: '',
  declare: 'on',
};

test('a complete PROFIL INDIVIDU is stored in its canonical forms', () => {
  expect(parseProfile('individu', individu, ctx)).toEqual({
    ok: true,
    data: {
      userType: 'individu',
      name: 'HUSAINI BIN ISMAIL KHAMIS',
      citizen: true,
      idKind: 'mykad',
      address1: 'No. 12, Jalan Tun Hussein',
      address2: 'Presint 2',
      address3: null,
      postcode: '62100',
      city: 'Putrajaya',
      state: 'W.P. Putrajaya',
      email: 'husaini1970@yahoo.com',
      phone: '60388708500',
      mobile: '601312345678',
      fax: null,
    },
  });
});

test('an empty form reports every mandatory field at once, and not the optional ones', () => {
  const result = parseProfile('individu', {}, ctx);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result.errors).sort()).toEqual(
    ['name', 'citizen', 'idKind', 'address1', 'postcode', 'city', 'state', 'email', 'phone', 'mobile', 'declare'].sort(),
  );
  expect(result.errors.declare).toBe('profile.errors.declareRequired');
});

test('Jenis Pengenalan must agree with Warganegara Malaysia', () => {
  const resident = parseProfile('individu', { ...individu, citizen: 'tidak' }, ctx);
  expect(resident).toEqual({ ok: false, errors: { idKind: 'profile.errors.idKindResident' } });
  expect(parseProfile('individu', { ...individu, citizen: 'tidak', idKind: 'mypr' }, ctx).ok).toBe(true);
  expect(parseProfile('individu', { ...individu, idKind: 'mykas' }, ctx)).toEqual({
    ok: false,
    errors: { idKind: 'profile.errors.idKindCitizen' },
  });
});

test("the town must be one of the chosen state's, and a known postcode must be in that state", () => {
  expect(parseProfile('individu', { ...individu, city: 'Kuching' }, ctx)).toEqual({
    ok: false,
    errors: { city: 'profile.errors.cityNotInState' },
  });
  expect(parseProfile('individu', { ...individu, state: 'Selangor', city: 'Kajang' }, ctx)).toEqual({
    ok: false,
    errors: { postcode: 'profile.errors.postcodeState' },
  });
});

test('a postcode missing from the data set is accepted with a state and town chosen by hand', () => {
  const result = parseProfile('individu', { ...individu, postcode: '62999', state: 'Selangor', city: 'Kajang' }, ctx);
  expect(result.ok).toBe(true);
});

test('phones: No. Telefon (HP) must be a mobile; the fax is optional but checked when given', () => {
  const result = parseProfile('individu', { ...individu, mobile: '03-1234 5678', fax: '12' }, ctx);
  expect(result).toEqual({ ok: false, errors: { mobile: 'profile.errors.mobileNotMobile', fax: 'profile.errors.faxFormat' } });
});

test('a company: address, phones and a contact person; the e-mail is ignored when ST holds it', () => {
  const company = {
    address1: 'Lot 5, Jalan Kilang',
    postcode: '43000',
    city: 'Kajang',
    state: 'Selangor',
    email: 'baru@syarikat.com.my',
    phone: '03-8734 1234',
    contactName: 'Siti binti Ahmad',
    contactMyKad: '850203-14-5672',
    contactPhone: '012-345 6789',
    declare: 'on',
  };
  const locked = parseProfile('syarikat', company, { ...ctx, emailEditable: false });
  expect(locked.ok && locked.data).toMatchObject({
    userType: 'syarikat',
    email: undefined,
    contactName: 'SITI BINTI AHMAD',
    contactMyKad: '850203145672',
    mobile: null,
  });
  const badContact = parseProfile('institusi', { ...company, contactMyKad: '851303145672' }, ctx);
  // Named as Daftar names them: a wrong date and a wrong place of birth are different mistakes.
  expect(badContact).toEqual({ ok: false, errors: { contactMyKad: 'profile.errors.contactMyKadDate' } });
  const badPlace = parseProfile('institusi', { ...company, contactMyKad: '850203005672' }, ctx);
  expect(badPlace).toEqual({ ok: false, errors: { contactMyKad: 'profile.errors.contactMyKadPlace' } });
});

test('Kakitangan: name, office and phone', () => {
  expect(parseProfile('kakitangan', { name: 'Aminah', office: ' Jabatan  Kawal Selia ', phone: '0388708500', declare: 'on' }, ctx)).toEqual(
    {
      ok: true,
      data: { userType: 'kakitangan', name: 'AMINAH', office: 'Jabatan Kawal Selia', phone: '60388708500' },
    },
  );
  const missing = parseProfile('kakitangan', { name: '', declare: '' }, ctx);
  expect(missing.ok ? [] : Object.keys(missing.errors).sort()).toEqual(['declare', 'name', 'office', 'phone']);
});

describe('free text holds no control, invisible or direction characters, and no letter under more than 3 marks', () => {
  const errorsOf = (result: ReturnType<typeof parseProfile>) => (result.ok ? {} : result.errors);

  test.each([
    ['a right-to-left override', 'Husaini \u202Enilam'],
    ['a zero-width joiner', 'Husaini\u200DIsmail'],
    ['a NUL', 'Husaini\u0000'],
    ['a new line', 'Husaini\nSila klik pautan ini'],
  ])('a name with %s is refused beside the field', (_label, name) => {
    expect(parseProfile('individu', { ...individu, name }, ctx)).toEqual({ ok: false, errors: { name: 'profile.errors.nameHidden' } });
  });

  test('a name with 4 marks on one letter is refused; Nguyễn, Tamil and Chinese names pass', () => {
    expect(errorsOf(parseProfile('individu', { ...individu, name: 'Husa\u0301\u0316\u0324\u0330ini' }, ctx))).toEqual({
      name: 'profile.errors.nameMarks',
    });
    for (const [name, stored] of [
      ['Nguyễn Thị Ánh', 'NGUYỄN THỊ ÁNH'],
      ['முத்து கோவிந்தன்', 'முத்து கோவிந்தன்'],
      ['陈美玲', '陈美玲'],
    ]) {
      expect(parseProfile('individu', { ...individu, name }, ctx)).toMatchObject({ ok: true, data: { name: stored } });
    }
  });

  test('address lines, each beside its own field', () => {
    const result = parseProfile(
      'individu',
      { ...individu, address1: 'No. 12\u202E', address2: 'Presint\t2', address3: 'Ta\u0301\u0301\u0301\u0301man' },
      ctx,
    );
    expect(errorsOf(result)).toEqual({
      address1: 'profile.errors.addressHidden',
      address2: 'profile.errors.addressHidden',
      address3: 'profile.errors.addressMarks',
    });
    expect(errorsOf(parseProfile('individu', { ...individu, address1: 'No. 12 <b>' }, ctx))).toEqual({
      address1: 'profile.errors.addressChars',
    });
  });

  test('the town, the contact person of a company and the office of a staff member', () => {
    expect(errorsOf(parseProfile('individu', { ...individu, city: 'Putrajaya\u200B' }, ctx))).toEqual({
      city: 'profile.errors.cityNotInState',
    });
    const company = {
      address1: 'Lot 5, Jalan Kilang',
      postcode: '43000',
      city: 'Kajang',
      state: 'Selangor',
      email: 'baru@syarikat.com.my',
      phone: '03-8734 1234',
      contactName: 'Siti binti Ahmad\u2067',
      contactMyKad: '850203-14-5672',
      contactPhone: '012-345 6789',
      declare: 'on',
    };
    expect(errorsOf(parseProfile('syarikat', company, ctx))).toEqual({ contactName: 'profile.errors.nameHidden' });
    const staff = { name: 'Aminah', office: 'Jabatan\u0000Kawal Selia', phone: '0388708500', declare: 'on' };
    expect(errorsOf(parseProfile('kakitangan', staff, ctx))).toEqual({ office: 'profile.errors.officeHidden' });
    expect(errorsOf(parseProfile('kakitangan', { ...staff, office: 'Jaba\u0301\u0301\u0301\u0301tan' }, ctx))).toEqual({
      office: 'profile.errors.officeMarks',
    });
  });
});

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
  expect(parseProfile('individu', { ...individu, idKind: 'mykas' }, ctx)).toEqual({ ok: false, errors: { idKind: 'profile.errors.idKindCitizen' } });
});

test('the town must be one of the chosen state\'s, and a known postcode must be in that state', () => {
  expect(parseProfile('individu', { ...individu, city: 'Kuching' }, ctx)).toEqual({ ok: false, errors: { city: 'profile.errors.cityNotInState' } });
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
  expect(locked.ok && locked.data).toMatchObject({ userType: 'syarikat', email: undefined, contactName: 'SITI BINTI AHMAD', contactMyKad: '850203145672', mobile: null });
  const badContact = parseProfile('institusi', { ...company, contactMyKad: '851303145672' }, ctx);
  expect(badContact).toEqual({ ok: false, errors: { contactMyKad: 'profile.errors.contactMyKadInvalid' } });
});

test('Kakitangan: name, office and phone', () => {
  expect(parseProfile('kakitangan', { name: 'Aminah', office: ' Jabatan  Kawal Selia ', phone: '0388708500', declare: 'on' }, ctx)).toEqual({
    ok: true,
    data: { userType: 'kakitangan', name: 'AMINAH', office: 'Jabatan Kawal Selia', phone: '60388708500' },
  });
  const missing = parseProfile('kakitangan', { name: '', declare: '' }, ctx);
  expect(missing.ok ? [] : Object.keys(missing.errors).sort()).toEqual(['declare', 'name', 'office', 'phone']);
});

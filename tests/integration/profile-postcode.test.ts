/** @jest-environment node */
import { getProfile } from '@/db/queries/profiles';
import { saveProfileForm } from '@/lib/accounts/profile/save-profile';
import type { AddressChoice } from '@/lib/profile/address-choice';
import type { ProfileFormValues } from '@/lib/validation/profile-fields';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

/**
 * Issue 9 item 13: postcode 00000 was saved with the previous Bandar and Negeri kept. A postcode the data
 * set (malaysia-postcodes) does not hold is refused beside Poskod unless Negeri and Bandar were chosen for
 * it; the town of an earlier postcode is never kept for a new one. The form's hidden fields say what was
 * chosen (lib/profile/address-choice.ts), the same with JavaScript off.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.close();
});

const active = { status: 'active' as const, pendingSteps: [], passwordIsGenerated: false };

const form = (email: string, overrides: ProfileFormValues = {}): ProfileFormValues => ({
  name: 'HUSAINI BIN ISMAIL KHAMIS',
  citizen: 'ya',
  idKind: 'mykad',
  address1: 'No. 12, Jalan Tun Hussein',
  address2: '',
  address3: '',
  postcode: '62100',
  city: 'Putrajaya',
  state: 'W.P. Putrajaya',
  email,
  phone: '03-8870 8500',
  mobile: '013-1234 5678',
  fax: '',
  declare: 'on',
  ...overrides,
});

const submit = (userId: string, values: ProfileFormValues, address?: AddressChoice) =>
  saveProfileForm({ userId, values, address, ip: '203.0.113.9' });

/** What the form sends back about Negeri and Bandar, drawn from the form state `chosenFor` and its values. */
const drawn = (chosenFor: string, values: ProfileFormValues): AddressChoice => ({
  chosenFor,
  shownState: values.state ?? '',
  shownCity: values.city ?? '',
});

async function savedInPutrajaya() {
  const user = await createUser(t.db, active);
  const saved = await submit(user.id, form(user.email), drawn('', form(user.email)));
  expect(saved).toMatchObject({ ok: true, chosenFor: '62100' });
  return { user, values: saved.values, chosenFor: saved.chosenFor! };
}

test('00000 with the previous Bandar and Negeri kept: refused beside Poskod, both emptied, nothing saved', async () => {
  const { user, values, chosenFor } = await savedInPutrajaya();
  const result = await submit(user.id, { ...values, postcode: '00000', declare: 'on' }, drawn(chosenFor, values));
  expect(result).toMatchObject({
    ok: false,
    reason: 'invalid',
    errors: { postcode: 'profile.errors.postcodeUnknown' },
    chosenFor: '00000',
    values: { postcode: '00000', state: '', city: '' },
  });
  // One message, beside Poskod: Negeri and Bandar, emptied by the server, carry none.
  expect((result as { errors: object }).errors).toEqual({ postcode: 'profile.errors.postcodeUnknown' });
  expect(await getProfile(t.db, user.id)).toMatchObject({ postcode: '62100', city: 'Putrajaya', state: 'W.P. Putrajaya' });

  // Negeri and Bandar then chosen by hand for 00000 (without JavaScript, in the form the server sent back).
  const refused = result as { values: ProfileFormValues; chosenFor: string };
  const chosen = { ...refused.values, state: 'Selangor', city: 'Kajang' };
  expect(await submit(user.id, chosen, drawn(refused.chosenFor, refused.values))).toMatchObject({ ok: true, chosenFor: '00000' });
  expect(await getProfile(t.db, user.id)).toMatchObject({ postcode: '00000', city: 'Kajang', state: 'Selangor' });
});

test('an unknown postcode with Negeri and Bandar picked in the same submission is saved; saving again keeps it', async () => {
  const { user, values, chosenFor } = await savedInPutrajaya();
  const sent = { ...values, postcode: '62999', state: 'Selangor', city: 'Kajang', declare: 'on' };
  const saved = await submit(user.id, sent, drawn(chosenFor, values));
  expect(saved).toMatchObject({ ok: true, chosenFor: '62999' });
  // The next visit draws the form with the stored postcode as chosen: changing the phone asks nothing more.
  const again = { ...saved.values, phone: '03-8870 8501', declare: 'on' };
  expect(await submit(user.id, again, drawn(saved.chosenFor!, saved.values))).toMatchObject({ ok: true });
  expect(await getProfile(t.db, user.id)).toMatchObject({ postcode: '62999', city: 'Kajang', phone: '60388708501' });
});

test('a known postcode with the previous town kept: filled from the postcode and sent back to confirm', async () => {
  const { user, values, chosenFor } = await savedInPutrajaya();
  const result = await submit(user.id, { ...values, postcode: '43000', declare: 'on' }, drawn(chosenFor, values));
  expect(result).toMatchObject({
    ok: false,
    reason: 'filled',
    filledPostcode: '43000',
    values: { postcode: '43000', state: 'Selangor', city: 'Kajang' },
  });
  expect(await getProfile(t.db, user.id)).toMatchObject({ postcode: '62100' });
});

test('without the hidden fields nothing counts as chosen by hand: an unknown postcode is refused', async () => {
  const user = await createUser(t.db, active);
  expect(await submit(user.id, form(user.email, { postcode: '00000' }))).toMatchObject({
    ok: false,
    errors: { postcode: 'profile.errors.postcodeUnknown' },
  });
  expect(await getProfile(t.db, user.id)).toBeUndefined();
});

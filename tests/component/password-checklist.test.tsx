import { fireEvent, render, screen, within } from '@testing-library/react';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { NewPasswordForm } from '@/components/auth/new-password-form';
import { initialChangePasswordState, type ChangePasswordState } from '@/lib/actions/account/change-password-state';
import type { PasswordField, StepFormState } from '@/lib/actions/auth/step-state';
import auth from '@/messages/ms/auth.json';
import recovery from '@/messages/ms/recovery.json';
import { formCommon } from '@/lib/i18n/messages';

/**
 * Issue 9 item 5: the checklist describes what is in the password field, the error the password that was
 * refused. After a refused submit the field is empty, so the checklist shows no verdict at all (a neutral
 * dot per rule: "does not contain your id" is not met by an empty box), and the error beside the field
 * names exactly the rules the refused password broke. The one checklist serves KATALALUAN BARU (first log-in
 * and Lupa Katalaluan) and Tukar Kata Laluan.
 */

const LOGIN_ID = '900101015555';
const n = auth.newPassword;
const commonMessages = formCommon('ms');

// What the server answers for "abcdefgh": no capital, no digit (lib/actions/password-messages.ts).
const refusedErrors = {
  password: [
    { key: 'auth.newPassword.errors.policy' },
    { key: 'auth.newPassword.errors.upper', vars: { max: 12 } },
    { key: 'auth.newPassword.errors.digit', vars: { max: 12 } },
  ],
};

function renderNewPassword(state: StepFormState<PasswordField>) {
  render(
    <NewPasswordForm
      action={jest.fn(async (s: StepFormState<PasswordField>) => s)}
      initialState={state}
      locale="ms"
      loginId={LOGIN_ID}
      maxLength={12}
      messages={{ auth: { newPassword: n, steps: auth.steps }, common: commonMessages }}
    />,
  );
}

function renderChangePassword(state: ChangePasswordState) {
  render(
    <ChangePasswordForm
      action={jest.fn(async (s: ChangePasswordState) => s)}
      initialState={state}
      locale="ms"
      loginId={LOGIN_ID}
      maxLength={12}
      messages={{ auth: { newPassword: n }, recovery: { change: recovery.change }, common: commonMessages }}
    />,
  );
}

const checklist = () => screen.getByText(n.checklistTitle).parentElement!;
const items = () => within(checklist()).getAllByRole('listitem');
/** Each rule's verdict as the list shows it: met, unmet, or none. */
const verdicts = () => Object.fromEntries(items().map((item) => [item.dataset.rule, item.dataset.met ?? 'none']));
const NEUTRAL = { upper: 'none', lower: 'none', digit: 'none', length: 'none', noLoginId: 'none' };

function expectNeutral() {
  expect(verdicts()).toEqual(NEUTRAL);
  // Nothing said as met or unmet to a screen reader either.
  expect(within(checklist()).queryByText(new RegExp(`${n.met}|${n.notMet}`))).toBeNull();
}

test('an empty field meets no rule, not even "does not contain your id"', () => {
  renderNewPassword({ status: 'idle', attempt: 0, values: {}, errors: {} });
  expect(screen.getByLabelText(n.password)).toHaveValue('');
  expectNeutral();
});

test("after a refused submit: the error names the refused rules, the empty field's checklist names none", () => {
  renderNewPassword({ status: 'error', attempt: 1, values: {}, errors: refusedErrors });
  const field = screen.getByLabelText(n.password);
  expect(field).toHaveValue('');
  const error = document.getElementById('password-error')!;
  expect(
    within(error)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([n.errors.upper, n.errors.digit]);
  expectNeutral();

  // Typing again: the checklist follows the field; emptying it goes back to no verdict.
  fireEvent.change(field, { target: { value: 'abc' } });
  expect(verdicts()).toEqual({ upper: 'false', lower: 'true', digit: 'false', length: 'false', noLoginId: 'true' });
  expect(within(checklist()).getAllByText(`— ${n.met}`)).toHaveLength(2);
  fireEvent.change(field, { target: { value: `Ab1${LOGIN_ID}` } });
  expect(verdicts()).toMatchObject({ noLoginId: 'false' });
  fireEvent.change(field, { target: { value: '' } });
  expectNeutral();
});

test('Tukar Kata Laluan uses the same checklist: neutral for its empty field after a refusal', () => {
  renderChangePassword({ ...initialChangePasswordState, status: 'error', attempt: 1, errors: refusedErrors });
  expectNeutral();
  fireEvent.change(screen.getByLabelText(recovery.change.password), { target: { value: 'Tenaga2026' } });
  expect(verdicts()).toEqual({ upper: 'true', lower: 'true', digit: 'true', length: 'true', noLoginId: 'true' });
});

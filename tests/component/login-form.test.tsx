import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { LoginForm, type LoginFormMessages } from '@/components/auth/login-form';
import { initialLogInState, type LogInState } from '@/lib/actions/auth/log-in-state';
import auth from '@/messages/ms/auth.json';
import common from '@/messages/ms/common.json';
import { formCommon } from '@/lib/i18n/messages';

/**
 * Issue 9, item 1: MASUK before the terms box is ticked. A disabled submit button makes a browser ignore Enter
 * and a click without a word; the button only looks inactive, the attempt reaches the server, and its answer
 * (the terms message) is shown beside the box and in a summary that takes focus.
 */

const messages: LoginFormMessages = {
  auth: { login: auth.login },
  common: formCommon('ms'),
};

/** The server's rule, as lib/actions/auth/log-in.ts applies it before any credential check. */
async function serverLike(prev: LogInState, formData: FormData): Promise<LogInState> {
  const values = {
    loginId: String(formData.get('loginId') ?? ''),
    remember: formData.get('remember') === 'on' ? 'on' : '',
    terms: formData.get('terms') === 'on' ? 'on' : '',
  };
  if (values.terms)
    return { status: 'error', attempt: prev.attempt + 1, values, errors: {}, problem: { key: 'auth.login.errors.invalid' } };
  return { status: 'error', attempt: prev.attempt + 1, values, errors: { terms: [{ key: 'auth.login.errors.terms' }] } };
}

function renderForm(state: LogInState = initialLogInState) {
  const action = jest.fn(serverLike);
  render(<LoginForm action={action} initialState={state} termsHref="/terma-dan-syarat" messages={messages} />);
  return { action };
}

const masuk = () => screen.getByRole('button', { name: 'MASUK' });
const termsBox = () => screen.getByRole('checkbox', { name: new RegExp(`^${auth.login.termsBefore}`) });

test('before the box is ticked MASUK looks inactive but is not disabled, so Enter and a click still submit', () => {
  renderForm();
  expect(masuk()).not.toHaveAttribute('disabled');
  expect(masuk()).toHaveAttribute('aria-disabled', 'true');
  expect(masuk()).toHaveAttribute('type', 'submit');
  fireEvent.click(termsBox());
  expect(masuk()).not.toHaveAttribute('aria-disabled');
  fireEvent.click(termsBox());
  expect(masuk()).toHaveAttribute('aria-disabled', 'true');
});

test('MASUK before ticking goes to the server, and its terms message appears beside the box and in the summary, which takes focus', async () => {
  const { action } = renderForm();
  fireEvent.change(screen.getByLabelText(auth.login.loginId), { target: { value: '700101991234' } });
  fireEvent.change(screen.getByLabelText(auth.login.password), { target: { value: 'Rahsia2026' } });
  await act(async () => fireEvent.click(masuk()));

  expect(action).toHaveBeenCalledTimes(1);
  const sent = action.mock.calls[0][1];
  expect(sent.get('terms')).toBeNull();
  expect(sent.get('loginId')).toBe('700101991234');

  const summary = await screen.findByRole('region', { name: auth.login.errorSummaryTitle });
  expect(within(summary).getByRole('link', { name: auth.login.errors.terms })).toHaveAttribute('href', '#terms');
  expect(summary).toHaveFocus();
  expect(termsBox()).toHaveAttribute('aria-invalid', 'true');
  expect(termsBox()).toHaveAccessibleDescription(`${common.errorSummary.prefix} ${auth.login.errors.terms}`);
  expect(termsBox()).not.toBeChecked();
  // What was typed comes back, never the password.
  expect(screen.getByLabelText(auth.login.loginId)).toHaveValue('700101991234');
  expect(screen.getByLabelText(auth.login.password)).toHaveValue('');
  expect(masuk()).not.toHaveAttribute('disabled');
});

test("the server's refusal without JavaScript renders the same state", async () => {
  await act(async () =>
    renderForm({
      status: 'error',
      attempt: 1,
      values: { loginId: '700101991234', remember: '', terms: '' },
      errors: { terms: [{ key: 'auth.login.errors.terms' }] },
    }),
  );
  const summary = screen.getByRole('region', { name: auth.login.errorSummaryTitle });
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole('link', { name: auth.login.errors.terms })).toHaveAttribute('href', '#terms');
  expect(termsBox()).toHaveAttribute('aria-invalid', 'true');
  expect(document.getElementById('terms-error')).toHaveTextContent(auth.login.errors.terms);
});

test('a second attempt without ticking moves focus to the summary again', async () => {
  const { action } = renderForm();
  await act(async () => fireEvent.click(masuk()));
  await screen.findByRole('region', { name: auth.login.errorSummaryTitle });
  masuk().focus();
  await act(async () => fireEvent.click(masuk()));
  expect(action).toHaveBeenCalledTimes(2);
  const second = await screen.findByRole('region', { name: auth.login.errorSummaryTitle });
  expect(second).toHaveFocus();
});

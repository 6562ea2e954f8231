import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { LoginForm, type LoginFormMessages } from '@/components/auth/login-form';
import { initialLogInState, type LogInState } from '@/lib/actions/auth/log-in-state';
import auth from '@/messages/ms/auth.json';
import { formCommon } from '@/lib/i18n/messages';

/**
 * Issue 9: the page to return to travels with the form (item 6), the terms open without losing the form
 * (item 9), and the lock message links to Lupa Katalaluan (item 11).
 */
const messages: LoginFormMessages = {
  auth: { login: auth.login },
  common: formCommon('ms'),
};

const refused = (key: string): LogInState => ({
  status: 'error',
  attempt: 1,
  values: { loginId: '700101991234', remember: '', terms: 'on' },
  errors: {},
  problem: { key, vars: { until: '01/12/2026 10:15' } },
});

function renderForm(state: LogInState = initialLogInState, next?: string) {
  const action = jest.fn(async (prev: LogInState, _formData: FormData) => ({ ...prev, attempt: prev.attempt + 1 }));
  render(<LoginForm action={action} initialState={state} termsHref="/terma-dan-syarat" next={next} messages={messages} />);
  return { action };
}

test('the page to return to is posted with the log-in, as a hidden field', async () => {
  const { action } = renderForm(initialLogInState, '/profil/emel/abc');
  fireEvent.click(screen.getByRole('checkbox', { name: /Sila baca/ }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'MASUK' })));
  expect(action.mock.calls[0][1].get('next')).toBe('/profil/emel/abc');
});

test('without a page to return to, nothing extra is posted', async () => {
  const { action } = renderForm();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'MASUK' })));
  expect(action.mock.calls[0][1].has('next')).toBe(false);
});

test('the Terma dan Syarat link opens a new tab and says so in its name', () => {
  renderForm();
  const link = screen.getByRole('link', { name: `${auth.login.termsLink} ${auth.login.termsNewTab}` });
  expect(link).toHaveAttribute('href', '/terma-dan-syarat');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener');
  expect(auth.login.termsNewTab).toBe('(tab baru)');
});

test('the lock message and the expired generated password link to Lupa Katalaluan; other refusals do not', () => {
  for (const key of ['auth.login.errors.locked', 'auth.login.errors.expiredGenerated']) {
    const { unmount } = render(
      <LoginForm action={jest.fn()} initialState={refused(key)} termsHref="/terma-dan-syarat" messages={messages} />,
    );
    const summary = screen.getByRole('region', { name: auth.login.errorSummaryTitle });
    expect(within(summary).getByRole('link', { name: auth.login.recoveryLink })).toHaveAttribute('href', '/lupa-katalaluan');
    if (key.endsWith('locked')) expect(summary).toHaveTextContent('01/12/2026 10:15');
    unmount();
  }
  render(
    <LoginForm action={jest.fn()} initialState={refused('auth.login.errors.invalid')} termsHref="/terma-dan-syarat" messages={messages} />,
  );
  const summary = screen.getByRole('region', { name: auth.login.errorSummaryTitle });
  expect(summary).toHaveTextContent(auth.login.errors.invalid);
  expect(within(summary).queryByRole('link', { name: auth.login.recoveryLink })).toBeNull();
});

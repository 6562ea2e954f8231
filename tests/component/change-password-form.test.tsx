import { render, screen } from '@testing-library/react';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { initialChangePasswordState, type ChangePasswordState } from '@/lib/actions/account/change-password-state';
import auth from '@/messages/ms/auth.json';
import common from '@/messages/ms/common.json';
import recovery from '@/messages/ms/recovery.json';
import { formCommon } from '@/lib/i18n/messages';

const TITLE = 'TUKAR KATA LALUAN — ECOS Suruhanjaya Tenaga';

function renderForm(state: ChangePasswordState) {
  render(
    <ChangePasswordForm
      action={jest.fn(async (s: ChangePasswordState) => s)}
      initialState={state}
      locale="ms"
      loginId="900101015555"
      maxLength={12}
      documentTitle={TITLE}
      messages={{
        auth: { newPassword: auth.newPassword },
        recovery: { change: recovery.change },
        common: formCommon('ms'),
      }}
    />,
  );
}

// Issue 9 item 14: the form renders the page's <title>, so a post without JavaScript gets "Ralat: " too.
test('the form renders the page title, without "Ralat: " before any submission', () => {
  renderForm(initialChangePasswordState);
  expect(document.title).toBe(TITLE);
  expect(screen.queryByRole('region')).toBeNull();
});

test('a refused submission puts "Ralat: " before the page title, with the summary', () => {
  renderForm({
    status: 'error',
    attempt: 1,
    values: {},
    errors: { current: [{ key: 'recovery.change.errors.currentRequired' }] },
  });
  expect(document.title).toBe(`Ralat: ${TITLE}`);
  expect(screen.getByRole('region', { name: common.errorSummary.title })).toHaveFocus();
  expect(screen.getByRole('link', { name: recovery.change.errors.currentRequired })).toHaveAttribute('href', '#current');
});

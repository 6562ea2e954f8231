import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { AccountActions } from '@/components/admin/users/account-action-form';
import type { AccountActionKind, AccountActionState } from '@/lib/admin/users-form-state';
import common from '@/messages/ms/common.json';
import adminUsers from '@/messages/ms/admin-users.json';
import { formCommon } from '@/lib/i18n/messages';

/**
 * The account page's actions together (found by the browser test of issue 10 item 6): an unlock makes the
 * page drop the unlock form, and the officer must still be told it was done.
 */
const messages = {
  adminUsers: { actions: adminUsers.actions },
  common: formCommon('ms'),
};
const USER = '0b6f9f5e-3c1a-4f7e-9a49-2f1f3c7f0a11';
const idle: AccountActionState = { status: 'idle', attempt: 0, values: {}, errors: {} };
const TITLE = 'MAKLUMAT AKAUN — ECOS Suruhanjaya Tenaga';
const done: AccountActionState = { status: 'done', attempt: 1, values: {}, errors: {} };

/** The page as the server re-renders it: once the unlock is done, the account is no longer locked. */
function Page({ unlockAnswer = done }: { unlockAnswer?: AccountActionState }) {
  const [kinds, setKinds] = useState<AccountActionKind[]>(['lock', 'unlock', 'recovery', 'email', 'release']);
  const answer = (state: AccountActionState) => jest.fn(async () => state);
  const actions = {
    lock: answer(done),
    unlock: jest.fn(async () => {
      if (unlockAnswer.status === 'done') setKinds(['lock', 'recovery', 'email', 'release']);
      return unlockAnswer;
    }),
    recovery: answer(done),
    email: answer(done),
    release: answer(done),
  };
  return <AccountActions kinds={kinds} userId={USER} actions={actions} initialState={idle} messages={messages} documentTitle={TITLE} />;
}

test('the unlock form goes once the account is unlocked, and its "done" line stays above the other forms', async () => {
  render(<Page />);
  const unlock = screen.getByRole('region', { name: adminUsers.actions.unlock.title });
  fireEvent.change(within(unlock).getByLabelText(adminUsers.actions.note), { target: { value: 'Hadir di kaunter' } });
  await act(async () => {
    fireEvent.click(within(unlock).getByRole('button', { name: adminUsers.actions.unlock.submit }));
  });
  expect(screen.queryByRole('region', { name: adminUsers.actions.unlock.title })).toBeNull();
  expect(screen.getByRole('status')).toHaveTextContent(adminUsers.actions.unlock.done);
  expect(screen.getByRole('region', { name: adminUsers.actions.lock.title })).toBeInTheDocument();
});

test('field ids stay apart per form, so five forms on one page share none', () => {
  const { container } = render(<Page />);
  const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});

test('the page title is the one the actions render, with "Ralat: " first once a form is refused', async () => {
  render(
    <Page
      unlockAnswer={{
        status: 'error',
        attempt: 1,
        values: { note: '' },
        errors: { note: [{ key: 'adminUsers.actions.errors.noteRequired' }] },
      }}
    />,
  );
  expect(document.title).toBe(TITLE);
  const unlock = screen.getByRole('region', { name: adminUsers.actions.unlock.title });
  await act(async () => {
    fireEvent.click(within(unlock).getByRole('button', { name: adminUsers.actions.unlock.submit }));
  });
  expect(document.title).toBe(`${common.titlePrefixError}${TITLE}`);
  expect(document.querySelectorAll('title')).toHaveLength(1);
  expect(within(unlock).getByLabelText(adminUsers.actions.note)).toHaveAttribute('aria-invalid', 'true');
});

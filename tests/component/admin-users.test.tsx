import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { AccountActionForm } from '@/components/admin/users/account-action-form';
import { AccountDetails } from '@/components/admin/users/account-details';
import { AccountResults, AccountSearchForm } from '@/components/admin/users/account-search';
import type { AccountOverview } from '@/db/queries/admin-users';
import type { AccountActionKind, AccountActionState } from '@/lib/admin/users-form-state';
import { translator } from '@/lib/i18n/messages';
import adminUsers from '@/messages/ms/admin-users.json';
import { formCommon } from '@/lib/i18n/messages';

jest.mock('next/navigation', () => ({ usePathname: () => '/admin/pengguna', useSearchParams: () => null, useRouter: () => ({}) }));

const t = translator('ms');
const messages = {
  adminUsers: { actions: adminUsers.actions },
  common: formCommon('ms'),
};
const USER = '0b6f9f5e-3c1a-4f7e-9a49-2f1f3c7f0a11';

function renderAction(kind: AccountActionKind, answer: AccountActionState) {
  const action = jest.fn(async (_state: AccountActionState, _form: FormData) => answer);
  render(
    <AccountActionForm
      kind={kind}
      userId={USER}
      action={action}
      initialState={{ status: 'idle', attempt: 0, values: {}, errors: {} }}
      messages={messages}
    />,
  );
  return { action };
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

test('lock: a note and a confirmation box, labelled; the account and note are posted; errors beside the fields and in the summary', async () => {
  const { action } = renderAction('lock', {
    status: 'error',
    attempt: 1,
    values: { note: '' },
    errors: { note: [{ key: 'adminUsers.actions.errors.noteRequired' }], confirm: [{ key: 'adminUsers.actions.errors.confirmRequired' }] },
  });
  const section = screen.getByRole('region', { name: adminUsers.actions.lock.title });
  fireEvent.change(within(section).getByLabelText(adminUsers.actions.note), { target: { value: 'Disyaki diambil alih' } });
  fireEvent.click(within(section).getByLabelText(adminUsers.actions.confirm));
  await press(adminUsers.actions.lock.submit);
  const posted = action.mock.calls[0][1];
  expect(posted.get('userId')).toBe(USER);
  expect(posted.get('note')).toBe('Disyaki diambil alih');
  expect(posted.get('confirm')).toBe('yes');
  expect(screen.getAllByText(adminUsers.actions.errors.noteRequired).length).toBeGreaterThanOrEqual(2);
  expect(screen.getByRole('link', { name: adminUsers.actions.errors.noteRequired })).toHaveAttribute('href', '#lock-note');
  expect(screen.getByLabelText(adminUsers.actions.note)).toHaveAttribute('aria-invalid', 'true');
});

test('send a recovery link: one button, no password field anywhere, and the answer once sent', async () => {
  renderAction('recovery', { status: 'done', attempt: 1, values: {}, errors: {} });
  expect(document.querySelector('input[type=password]')).toBeNull();
  await press(adminUsers.actions.recovery.submit);
  expect(screen.getByRole('status')).toHaveTextContent(adminUsers.actions.recovery.done);
});

test('correct the e-mail: the address typed comes back after a refusal, with the reason beside it', async () => {
  renderAction('email', {
    status: 'error',
    attempt: 1,
    values: { email: 'lain@contoh.com.my' },
    errors: { email: [{ key: 'adminUsers.actions.errors.companyRecord' }] },
  });
  await press(adminUsers.actions.email.submit);
  expect(screen.getByLabelText(adminUsers.actions.email.field)).toHaveValue('lain@contoh.com.my');
  expect(screen.getAllByText(adminUsers.actions.errors.companyRecord).length).toBeGreaterThanOrEqual(1);
});

test('release: the officer is asked for a note and a confirmation before the id is released', () => {
  renderAction('release', { status: 'idle', attempt: 0, values: {}, errors: {} });
  const section = screen.getByRole('region', { name: adminUsers.actions.release.title });
  expect(within(section).getByLabelText(adminUsers.actions.note)).toBeRequired();
  expect(within(section).getByLabelText(adminUsers.actions.confirm)).toBeRequired();
});

test('the search form is a GET form with labelled fields, and a refusal is shown beside the field', () => {
  render(<AccountSearchForm t={t} kind="name" q="ab" problem="adminUsers.search.errors.tooShort" />);
  const form = screen.getByRole('search');
  expect(form).toHaveAttribute('method', 'get');
  expect(form).toHaveAttribute('action', '/admin/pengguna');
  expect(screen.getByLabelText(adminUsers.search.kind)).toHaveValue('name');
  expect(screen.getByLabelText(adminUsers.search.query, { exact: false })).toHaveValue('ab');
  expect(screen.getAllByText(adminUsers.search.errors.tooShort).length).toBeGreaterThanOrEqual(1);
});

test('results: id, name, type and status, each id linking to its account, and the next page keeping the search', () => {
  render(
    <AccountResults
      t={t}
      input={{ kind: 'name', q: 'aisyah', page: 1 }}
      result={{
        page: 1,
        hasMore: true,
        truncated: false,
        rows: [
          {
            id: USER,
            loginId: '700101915555',
            name: 'ÁISYAH BINTI ALI',
            email: 'a@contoh.com.my',
            userType: 'individu',
            status: 'locked',
            role: 'user',
          },
        ],
      }}
    />,
  );
  expect(screen.getByRole('link', { name: '700101915555' })).toHaveAttribute('href', `/admin/pengguna/${USER}`);
  const row = screen.getByRole('row', { name: /ÁISYAH/ });
  expect(row).toHaveTextContent('Individu');
  expect(row).toHaveTextContent(adminUsers.statuses.locked);
  expect(screen.getByRole('link', { name: adminUsers.search.next })).toHaveAttribute(
    'href',
    '/admin/pengguna?jenis=name&q=aisyah&halaman=2',
  );
  expect(screen.queryByRole('link', { name: adminUsers.search.previous })).toBeNull();
});

test('the account details: Malaysia time and address of the last log-in, consents with versions, never a hash', () => {
  const account: AccountOverview = {
    id: USER,
    loginId: '700101915555',
    idType: 'mykad',
    name: 'ÁISYAH BINTI ALI',
    email: 'a@contoh.com.my',
    userType: 'individu',
    status: 'active',
    role: 'user',
    pendingSteps: ['security_question'],
    passwordIsGenerated: false,
    passwordChangedAt: null,
    createdAt: new Date('2026-01-15T01:00:00Z'),
    profileCompletedAt: null,
    hasSecurityQuestion: false,
    lockedUntil: null,
    throttleLocked: false,
    lastLogIn: { at: new Date('2026-03-01T16:30:00Z'), ip: '203.0.113.9' },
    consents: [{ version: '2026-01', acceptedAt: new Date('2026-01-15T01:05:00Z') }],
  };
  const { container } = render(<AccountDetails t={t} locale="ms" account={account} />);
  expect(screen.getByText('02/03/2026 00:30 dari 203.0.113.9')).toBeInTheDocument();
  expect(screen.getByText('Versi 2026-01, 15/01/2026 09:05')).toBeInTheDocument();
  expect(
    screen
      .getAllByText(adminUsers.steps.security_question)
      .map((e) => e.tagName)
      .sort(),
  ).toEqual(['DD', 'DT']);
  expect(container.textContent).not.toMatch(/argon|\$2[aby]\$|hash/i);
});

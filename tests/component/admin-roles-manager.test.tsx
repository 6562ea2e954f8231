import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { RolesManager, type RoleAccount } from '@/components/admin/roles/roles-manager';
import { initialRoleFormState, type RoleFormState } from '@/lib/admin/roles-form';
import adminAudit from '@/messages/ms/admin-audit.json';
import common from '@/messages/ms/common.json';
import { formCommon } from '@/lib/i18n/messages';

const ME = '00000000-0000-4000-8000-000000000001';
const OFFICER = '00000000-0000-4000-8000-000000000002';
const ACCOUNTS: RoleAccount[] = [
  { id: ME, loginId: 'ST0001', name: 'PENTADBIR SATU', role: 'admin', factor: 'enrolled' },
  { id: OFFICER, loginId: 'ST0002', name: 'PEGAWAI DUA', role: 'officer', factor: 'enrolled' },
];

function renderManager(answers: Partial<Record<'grant' | 'revoke' | 'reset', RoleFormState>> = {}, initialState = initialRoleFormState) {
  const action = (kind: 'grant' | 'revoke' | 'reset') => jest.fn(async (state: RoleFormState, _form: FormData) => answers[kind] ?? state);
  const actions = { grant: action('grant'), revoke: action('revoke'), reset: action('reset') };
  render(
    <RolesManager
      accounts={ACCOUNTS}
      currentUserId={ME}
      actions={actions}
      initialState={initialState}
      locale="ms"
      messages={{
        adminAudit: { roles: adminAudit.roles },
        common: formCommon('ms'),
      }}
    />,
  );
  return actions;
}

async function press(button: HTMLElement) {
  await act(async () => {
    fireEvent.click(button);
  });
}

test('lists each account; no form on one’s own row; each form is labelled and needs its box', () => {
  renderManager();
  const rows = screen.getAllByRole('listitem');
  expect(rows).toHaveLength(2);
  expect(within(rows[0]).getByText('(anda)')).toBeInTheDocument();
  expect(within(rows[0]).queryByRole('button')).toBeNull();
  expect(within(rows[1]).getByRole('checkbox', { name: 'Sahkan tarik balik peranan ST0002' })).not.toBeChecked();
  expect(within(rows[1]).getByRole('checkbox', { name: 'Sahkan tetapan semula faktor kedua ST0002' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'No. Pekerja' })).toHaveAttribute('name', 'loginId');
  expect(screen.getByRole('checkbox', { name: adminAudit.roles.grant.confirm })).toBeInTheDocument();
});

test('a revoke posts the row’s account and the ticked box, and says what was done', async () => {
  const actions = renderManager({
    revoke: {
      status: 'done',
      attempt: 1,
      values: {},
      errors: {},
      notice: { key: 'adminAudit.roles.revoke.done', vars: { loginId: 'ST0002' } },
    },
  });
  const row = screen.getAllByRole('listitem')[1];
  fireEvent.click(within(row).getByRole('checkbox', { name: /tarik balik/ }));
  await press(within(row).getByRole('button', { name: 'Tarik balik peranan' }));
  const posted = actions.revoke.mock.calls[0][1];
  expect([posted.get('userId'), posted.get('confirm')]).toEqual([OFFICER, 'yes']);
  expect(screen.getByRole('status')).toHaveTextContent('Peranan ST0002 telah ditarik balik.');
});

test('an unticked box is named beside the box of that row and in the summary', async () => {
  renderManager({
    reset: {
      status: 'error',
      attempt: 1,
      values: { userId: OFFICER },
      errors: { confirm: [{ key: 'adminAudit.roles.errors.confirmRequired' }] },
    },
  });
  await press(screen.getByRole('button', { name: 'Tetapkan semula faktor kedua' }));
  const summary = screen.getByRole('region', { name: common.errorSummary.title });
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole('link', { name: adminAudit.roles.errors.confirmRequired })).toHaveAttribute(
    'href',
    `#reset-confirm-${OFFICER}`,
  );
  expect(screen.getByRole('checkbox', { name: /tetapan semula/ })).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('checkbox', { name: /tarik balik/ })).not.toHaveAttribute('aria-invalid');
});

test('a refusal of roles.ts is shown as its message (without JavaScript: the state the page was rendered with)', () => {
  renderManager(
    {},
    { status: 'error', attempt: 1, values: { loginId: 'st-0009' }, errors: {}, problem: { key: 'adminAudit.roles.errors.last_admin' } },
  );
  expect(screen.getByText(adminAudit.roles.errors.last_admin)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'No. Pekerja' })).toHaveValue('st-0009');
});

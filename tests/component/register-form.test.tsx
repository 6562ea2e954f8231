import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { RegisterForm, type RegisterFormMessages } from '@/components/register/register-form';
import { initialRegisterState, type RegisterFormState } from '@/lib/actions/register/register-state';
import type { RegisterUserType } from '@/lib/validation/register';
import captcha from '@/messages/ms/captcha.json';
import common from '@/messages/ms/common.json';
import register from '@/messages/ms/register.json';
import { formCommon } from '@/lib/i18n/messages';

const messages: RegisterFormMessages = {
  register,
  captcha,
  common: { ...formCommon('ms'), meta: common.meta },
};

function renderForm({ state, type = null }: { state?: RegisterFormState; type?: RegisterUserType | null } = {}) {
  const action = jest.fn(async (s: RegisterFormState, _form: FormData) => s);
  render(
    <RegisterForm
      action={action}
      initialState={state ?? initialRegisterState(type)}
      initialType={type}
      challenge={{ provider: 'test' }}
      staffEmailDomain="st.gov.my"
      passwordTtlHours={24}
      website={{ href: 'https://www.st.gov.my', label: 'www.st.gov.my' }}
      messages={messages}
    />,
  );
  return { action };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });

test("Jenis Pengguna offers exactly the manual's choices, and no fields until one is chosen", () => {
  renderForm();
  const select = screen.getByRole('combobox', { name: 'Jenis Pengguna' });
  expect(
    within(select)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['-Sila Pilih-', 'Individu', 'Syarikat', 'Institusi', 'Kakitangan']);
  expect(screen.queryByRole('button', { name: 'SIMPAN' })).not.toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'Emel' })).not.toBeInTheDocument();
});

test.each([
  ['individu', ['Nama Individu', 'No. MyKad', 'Emel']],
  ['syarikat', ['Nama Syarikat', 'No. Pendaftaran Syarikat (SSM)', 'Emel']],
  ['institusi', ['Nama Institusi', 'No. Pendaftaran Institusi', 'Emel']],
  ['kakitangan', ['Nama', 'No. Pekerja', 'Emel']],
] as const)('%s shows its fields with the exact labels, the captcha and SIMPAN', (type, labels) => {
  renderForm({ type });
  const form = screen.getByRole('button', { name: 'SIMPAN' }).closest('form')!;
  const boxes = within(form).getAllByRole('textbox');
  expect(boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual([...labels, 'Sila masukkan kod di bawah']);
  for (const label of labels) expect(textbox(label)).toBeRequired();
  expect(form.querySelector<HTMLInputElement>('input[type=hidden][name=jenis]')?.value).toBe(type);
});

test('the staff e-mail hint names the staff domain', () => {
  renderForm({ type: 'kakitangan' });
  expect(textbox('Emel')).toHaveAccessibleDescription(expect.stringContaining('@st.gov.my'));
});

test('choosing a type shows its fields at once; switching keeps the e-mail but not the name or id', () => {
  renderForm();
  const select = screen.getByRole('combobox', { name: 'Jenis Pengguna' });
  fireEvent.change(select, { target: { value: 'individu' } });
  fireEvent.change(textbox('Nama Individu'), { target: { value: 'Ali bin Abu' } });
  fireEvent.change(textbox('No. MyKad'), { target: { value: '700101991234' } });
  fireEvent.change(textbox('Emel'), { target: { value: 'ali@example.com' } });
  fireEvent.change(select, { target: { value: 'syarikat' } });
  expect(screen.queryByRole('textbox', { name: 'No. MyKad' })).not.toBeInTheDocument();
  expect(textbox('Nama Syarikat')).toHaveValue('');
  expect(textbox('No. Pendaftaran Syarikat (SSM)')).toHaveValue('');
  expect(textbox('Emel')).toHaveValue('ali@example.com');
});

test('field errors show beside their fields, in a summary that links to them and takes focus, and in the title', async () => {
  const state: RegisterFormState = {
    status: 'error',
    attempt: 1,
    jenis: 'individu',
    values: { name: 'Ali bin Abu', mykad: '701301-99-1234', email: 'bukan-emel' },
    errors: {
      mykad: [{ key: 'register.errors.mykadDate' }],
      email: [{ key: 'register.errors.emailFormat' }],
      captcha_answer: [{ key: 'captcha.errors.wrong' }],
    },
    captcha: null,
  };
  await act(async () => renderForm({ state }));

  const mykad = textbox('No. MyKad');
  expect(mykad).toHaveAttribute('aria-invalid', 'true');
  expect(mykad).toHaveValue('701301-99-1234');
  expect(mykad).toHaveAccessibleDescription(expect.stringContaining(`Ralat: ${register.errors.mykadDate}`));
  // GOV.UK: the message sits above the input.
  const mykadError = document.getElementById('mykad-error')!;
  expect(mykadError.compareDocumentPosition(mykad) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(textbox('Emel')).toHaveAttribute('aria-invalid', 'true');
  expect(textbox('Nama Individu')).not.toHaveAttribute('aria-invalid');
  expect(textbox('Nama Individu')).toHaveValue('Ali bin Abu');
  expect(textbox('Sila masukkan kod di bawah')).toHaveAttribute('aria-invalid', 'true');

  const summary = screen.getByRole('region', { name: 'Terdapat masalah' });
  const links = within(summary).getAllByRole('link');
  expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    [register.errors.mykadDate, '#mykad'],
    [register.errors.emailFormat, '#email'],
    [captcha.errors.wrong, '#captcha_answer'],
  ]);
  expect(summary).toHaveFocus();
  expect(summary).not.toHaveAttribute('role', 'alert');
  expect(document.title).toBe('Ralat: Daftar Pengguna — ECOS Suruhanjaya Tenaga');
});

test("an id already registered shows the manual's message and where to find an ST office", async () => {
  const state: RegisterFormState = {
    status: 'error',
    attempt: 2,
    jenis: 'individu',
    values: { name: 'Ali bin Abu', mykad: '700101991234', email: 'ali@example.com' },
    errors: {},
    problem: { key: 'register.refused.duplicate' },
    captcha: null,
  };
  await act(async () => renderForm({ state }));
  const summary = screen.getByRole('region', { name: 'Permintaan anda tidak berjaya.' });
  expect(summary).toHaveTextContent('Id pengguna anda telah ada di dalam pangkalan data kami.');
  expect(within(summary).getByRole('link', { name: 'www.st.gov.my' })).toHaveAttribute('href', 'https://www.st.gov.my');
  expect(textbox('Emel')).toHaveValue('ali@example.com');
});

test('a registration the hash queue turned away says the system is busy and when to try again, and keeps what was typed', async () => {
  const state: RegisterFormState = {
    status: 'error',
    attempt: 3,
    jenis: 'individu',
    values: { name: 'Ali bin Abu', mykad: '700101991234', email: 'ali@example.com' },
    errors: {},
    problem: { key: 'common.busy', vars: { seconds: 2 } },
    captcha: null,
  };
  await act(async () => renderForm({ state }));
  const summary = screen.getByRole('region', { name: 'Terdapat masalah' });
  expect(summary).toHaveTextContent('Sistem sedang sibuk. Sila cuba semula dalam 2 saat.');
  expect(summary).not.toHaveTextContent('common.busy');
  expect(textbox('Emel')).toHaveValue('ali@example.com');
});

test('success thanks the user and names the address, without any password', async () => {
  await act(async () =>
    renderForm({
      state: {
        status: 'success',
        attempt: 1,
        jenis: 'individu',
        values: {},
        errors: {},
        captcha: null,
        registeredEmail: 'ali@example.com',
      },
    }),
  );
  expect(screen.getByRole('heading', { name: 'Terima kasih kerana telah mendaftar.' })).toHaveFocus();
  expect(
    screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === 'Katalaluan anda akan dihantar ke ali@example.com.'),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'SIMPAN' })).not.toBeInTheDocument();
});

test('SIMPAN sends the type and the fields to the action, and its answer is shown without a reload', async () => {
  const answer: RegisterFormState = {
    status: 'error',
    attempt: 1,
    jenis: 'syarikat',
    values: { name: 'Syarikat Contoh', ssm: '123456-A', email: 'boss@gmail.com' },
    errors: {},
    problem: { key: 'register.refused.companyEmailMismatch' },
    captcha: null,
  };
  const { action } = renderForm({ type: 'syarikat' });
  action.mockImplementation(async () => answer);
  fireEvent.change(textbox('Nama Syarikat'), { target: { value: 'Syarikat Contoh' } });
  fireEvent.change(textbox('No. Pendaftaran Syarikat (SSM)'), { target: { value: '123456-A' } });
  fireEvent.change(textbox('Emel'), { target: { value: 'boss@gmail.com' } });
  fireEvent.change(textbox('Sila masukkan kod di bawah'), { target: { value: '12345' } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'SIMPAN' })));

  const sent = action.mock.calls[0][1] as unknown as FormData;
  expect(Object.fromEntries(sent)).toMatchObject({
    jenis: 'syarikat',
    name: 'Syarikat Contoh',
    ssm: '123456-A',
    email: 'boss@gmail.com',
    captcha_answer: '12345',
  });
  const summary = await screen.findByRole('region', { name: 'Permintaan anda tidak berjaya.' });
  expect(summary).toHaveTextContent('Pejabat Kawasan Suruhanjaya Tenaga');
  expect(textbox('Emel')).toHaveValue('boss@gmail.com');
});

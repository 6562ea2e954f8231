import { render, screen, within } from '@testing-library/react';
import { CompanyEmailForm } from '@/components/admin/companies/company-email-form';
import { CompanyImportForm } from '@/components/admin/companies/company-import-form';
import type { CompanyFormMessages } from '@/components/admin/companies/messages';
import { CompanyRecordForm } from '@/components/admin/companies/company-record-form';
import {
  initialCompanyEmailState,
  initialCompanyRecordState,
  initialImportState,
  type CompanyRecordState,
  type ImportState,
} from '@/lib/admin/company-form-state';
import admin from '@/messages/ms/admin.json';
import companies from '@/messages/ms/admin-companies.json';
import common from '@/messages/ms/common.json';
import register from '@/messages/ms/register.json';
import { formCommon } from '@/lib/i18n/messages';

const messages: CompanyFormMessages = {
  common: formCommon('ms'),
  adminCompanies: companies,
  admin: { csv: admin.csv },
  register: { errors: register.errors },
};
const RECORD = { id: '6f1c1f3e-3f51-4bb5-9a54-0b8f0d2d6b11', version: 4 };
const echo = <S,>() => jest.fn(async (s: S) => s);

test('the edit form carries the version it was read at, and has no e-mail field (that takes the password)', () => {
  const { container } = render(
    <CompanyRecordForm
      action={echo<CompanyRecordState>()}
      initialState={initialCompanyRecordState({ ssmNew: '201901000005', name: 'SYARIKAT CONTOH SDN BHD', source: 'Kontraktor' })}
      mode="edit"
      record={RECORD}
      messages={messages}
    />,
  );
  expect(container.querySelector('input[name="version"]')).toHaveValue('4');
  expect(container.querySelector('input[name="id"]')).toHaveValue(RECORD.id);
  expect(screen.getByLabelText(companies.fields.ssmNew)).toHaveValue('201901000005');
  expect(screen.getByLabelText(companies.fields.source)).toHaveValue('Kontraktor');
  expect(screen.queryByLabelText(companies.fields.email)).toBeNull();
});

test('a save refused because another officer saved first says so, with a way to reload, and keeps what was typed', () => {
  render(
    <CompanyRecordForm
      action={echo<CompanyRecordState>()}
      initialState={{
        status: 'error',
        attempt: 1,
        values: { name: 'NAMA DITAIP', source: 'Pelesenan' },
        errors: {},
        problem: { key: 'adminCompanies.errors.conflict' },
      }}
      mode="edit"
      record={RECORD}
      messages={messages}
    />,
  );
  const summary = screen.getByRole('region', { name: common.errorSummary.title });
  expect(summary).toHaveTextContent('Rekod ini telah diubah oleh orang lain. Sila muat semula.');
  expect(within(summary).getByRole('link', { name: companies.edit.reload })).toHaveAttribute('href', `/admin/rekod-syarikat/${RECORD.id}`);
  expect(screen.getByLabelText(companies.fields.name)).toHaveValue('NAMA DITAIP');
});

test('the add form shows each field’s error beside it, in the words of the CSV rule and registration', () => {
  render(
    <CompanyRecordForm
      action={echo<CompanyRecordState>()}
      initialState={{
        status: 'error',
        attempt: 1,
        values: { email: 'bukan-emel' },
        errors: {
          email: [{ key: 'register.errors.emailFormat' }],
          source: [{ key: 'admin.csv.sourceUnknown', vars: { sources: 'Kontraktor, Pepasangan, Pelesenan' } }],
        },
      }}
      mode="create"
      messages={messages}
    />,
  );
  const email = screen.getByLabelText(companies.fields.email);
  expect(email).toHaveValue('bukan-emel');
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('link', { name: register.errors.emailFormat })).toHaveAttribute('href', '#email');
  expect(
    screen.getByRole('link', { name: 'Jenis rekod mestilah salah satu daripada: Kontraktor, Pepasangan, Pelesenan.' }),
  ).toHaveAttribute('href', '#source');
});

test('the e-mail form asks for the new address and the officer’s password, and never puts a password back', () => {
  const { container } = render(
    <CompanyEmailForm
      action={echo()}
      initialState={{
        ...initialCompanyEmailState,
        status: 'error',
        attempt: 1,
        values: { email: 'baru@contoh.com.my' },
        errors: { password: [{ key: 'adminCompanies.errors.passwordWrong' }] },
      }}
      record={{ ...RECORD, email: 'lama@contoh.com.my' }}
      messages={messages}
    />,
  );
  expect(screen.getByText('lama@contoh.com.my')).toBeInTheDocument();
  expect(screen.getByLabelText(companies.email.newEmail)).toHaveValue('baru@contoh.com.my');
  const password = screen.getByLabelText(companies.email.password);
  expect(password).toHaveAttribute('type', 'password');
  expect(password).toHaveValue('');
  expect(password).toHaveAttribute('aria-invalid', 'true');
  expect(container.querySelector('input[name="version"]')).toHaveValue('4');
});

test('the import form takes a file; the report lists rejected rows with reasons, and says nothing was imported', () => {
  const state: ImportState = {
    status: 'report',
    attempt: 1,
    values: {},
    errors: {},
    fileName: 'rekod.csv',
    report: {
      accepted: 2,
      rejected: 1,
      rejectedRows: [{ row: 3, problems: [{ field: 'email', key: 'register.errors.emailFormat' }] }],
      blocked: true,
    },
  };
  // No encType: React posts a form whose action is a function as multipart itself, with JavaScript or not.
  render(<CompanyImportForm action={echo()} initialState={state} locale="ms" messages={messages} />);
  expect(screen.getByLabelText(companies.import.file)).toHaveAttribute('type', 'file');
  expect(screen.getByRole('checkbox', { name: admin.csv.report.importValidRows })).not.toBeChecked();
  expect(screen.getByText('2 baris diterima.')).toBeInTheDocument();
  expect(screen.getByText('1 baris ditolak.')).toBeInTheDocument();
  expect(screen.getByText(admin.csv.report.blocked)).toBeInTheDocument();
  const row = screen.getByRole('row', { name: /3/ });
  expect(row).toHaveTextContent(admin.csv.fields.email);
  expect(row).toHaveTextContent(register.errors.emailFormat);
});

test('a refused file is an error beside the file field', () => {
  render(
    <CompanyImportForm
      action={echo()}
      initialState={{
        ...initialImportState,
        status: 'error',
        attempt: 1,
        errors: { file: [{ key: 'admin.csv.tooLarge', vars: { max: '5 MB' } }] },
      }}
      locale="ms"
      messages={messages}
    />,
  );
  expect(screen.getByLabelText(companies.import.file)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('link', { name: /Fail ini melebihi 5 MB/ })).toHaveAttribute('href', '#file');
});

import { initialFormState, type FormState, type Message } from '@/lib/forms/form-state';
import type { CompanyField } from './company-csv';

/**
 * What Rekod Syarikat's forms post and render (no server code: client components import it). Field names
 * are the form's input names; the messages are full keys (admin.csv.…, register.errors.…, adminCompanies.…).
 */
export const COMPANY_FIELDS: readonly CompanyField[] = ['ssmNew', 'ssmOld', 'name', 'email', 'source', 'fileNo'];
/** The details form: every field but the e-mail, which has its own form and needs the officer's password. */
export const COMPANY_DETAIL_FIELDS: readonly CompanyField[] = ['ssmNew', 'ssmOld', 'name', 'source', 'fileNo'];

export type CompanyRecordState = FormState<CompanyField, never, CompanyField>;
export const initialCompanyRecordState = (values: Partial<Record<CompanyField, string>> = {}): CompanyRecordState =>
  initialFormState<CompanyField, never, CompanyField>(values);

export type CompanyEmailField = 'email' | 'password';
export type CompanyEmailState = FormState<CompanyEmailField, never, 'email'>;
export const initialCompanyEmailState: CompanyEmailState = initialFormState<CompanyEmailField, never, 'email'>();

export type ImportRejectedRow = { row: number; problems: (Message & { field: CompanyField | 'row' })[] };
export type ImportReport = {
  accepted: number;
  rejected: number;
  /** The first rejected rows, in file order (a page of ten thousand reasons helps nobody). */
  rejectedRows: ImportRejectedRow[];
  /** Nothing was imported because some rows were rejected and the officer did not choose the valid rows. */
  blocked: boolean;
  /** Written: counts of new and updated records. */
  imported?: { inserted: number; updated: number };
  /** Rows whose two SSM numbers are held by two different records (nothing was imported). */
  split?: { row: number; ssmNew: string; ssmOld: string }[];
};
export const REPORT_ROWS_SHOWN = 200;

export type ImportField = 'file';
export type ImportState = FormState<ImportField, 'report'> & { report?: ImportReport; fileName?: string };
export const initialImportState: ImportState = initialFormState<ImportField, 'report'>();

export const COMPANY_RECORDS_PATH = '/admin/rekod-syarikat';
export const companyRecordPath = (id: string) => `${COMPANY_RECORDS_PATH}/${id}`;

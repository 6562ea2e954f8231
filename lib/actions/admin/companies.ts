'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { CSV_MAX_BYTES, type CompanyField } from '@/lib/admin/company-csv';
import { companyRecordPath, type CompanyEmailState, type CompanyRecordState, type ImportState } from '@/lib/admin/company-form-state';
import {
  createCompanyRecord as createRecord,
  formValues,
  importCompanyCsv as importCsv,
  updateCompanyEmail as updateEmail,
  updateCompanyRecord as updateRecord,
} from '@/lib/admin/company-records';
import { authorizeAdminAction } from '@/lib/admin/guard';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { nextAttempt, asFormData } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';

/**
 * Rekod Syarikat's server actions (issue 10, decision 0006). Each is a public endpoint: the first statement
 * is authorizeAdminAction (a refusal is audited there), then the form is read with bounded lengths, then
 * lib/admin/company-records.ts does the work in one transaction with its audit row. A success redirects
 * to the record's page, which reads the record (and its new version) again.
 */

const M = 'adminCompanies.errors';
const refused = { key: `${M}.refused` };

const FIELDS: readonly CompanyField[] = ['ssmNew', 'ssmOld', 'name', 'email', 'source', 'fileNo'];

// The record and the version its form was read at: hidden fields, so forged ones are refused, not thrown on.
const targetSchema = z.object({
  id: z.uuid(),
  version: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

function readTarget(formData: FormData) {
  const parsed = targetSchema.safeParse({ id: formData.get('id'), version: formData.get('version') });
  return parsed.success ? parsed.data : null;
}

function readForm(formData: FormData) {
  return formValues(Object.fromEntries(FIELDS.map((f) => [f, formData.get(f)])));
}

/** Tambah rekod. */
export async function createCompanyRecord(prev: CompanyRecordState, formData: FormData): Promise<CompanyRecordState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:createCompanyRecord');
  const attempt = nextAttempt(prev);
  if (!auth.ok) return { status: 'error', attempt, values: {}, errors: {}, problem: refused };
  const values = readForm(formData);
  const result = await createRecord({ userId: auth.user.id, ip: auth.ip }, values);
  if (!result.ok) {
    if (result.reason === 'forbidden') return { status: 'error', attempt, values, errors: {}, problem: refused };
    return { status: 'error', attempt, values, errors: result.errors };
  }
  redirect(`${companyRecordPath(result.id)}?ditambah=1`);
}

/** The record's details, at the version the form was read at. */
export async function updateCompanyRecord(prev: CompanyRecordState, formData: FormData): Promise<CompanyRecordState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:updateCompanyRecord');
  const attempt = nextAttempt(prev);
  if (!auth.ok) return { status: 'error', attempt, values: {}, errors: {}, problem: refused };
  const { email: _email, ...values } = readForm(formData);
  void _email;
  const target = readTarget(formData);
  if (!target) return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.notFound` } };
  const result = await updateRecord({ userId: auth.user.id, ip: auth.ip }, target.id, target.version, values);
  if (!result.ok) {
    switch (result.reason) {
      case 'invalid':
        return { status: 'error', attempt, values, errors: result.errors };
      case 'conflict':
        return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.conflict` } };
      case 'not_found':
        return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.notFound` } };
      default:
        return { status: 'error', attempt, values, errors: {}, problem: refused };
    }
  }
  redirect(`${companyRecordPath(target.id)}?disimpan=1`);
}

/** The e-mail a company must register with: the officer's own password again (requirements §1.5). */
export async function updateCompanyEmail(prev: CompanyEmailState, formData: FormData): Promise<CompanyEmailState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:updateCompanyEmail');
  const attempt = nextAttempt(prev);
  if (!auth.ok) return { status: 'error', attempt, values: {}, errors: {}, problem: refused };
  const email = formValues({ email: formData.get('email') }).email;
  const password = formData.get('password');
  const values = { email };
  const target = readTarget(formData);
  if (!target) return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.notFound` } };
  let result: Awaited<ReturnType<typeof updateEmail>>;
  try {
    result = await updateEmail(
      { userId: auth.user.id, ip: auth.ip },
      { id: target.id, version: target.version, email, password: typeof password === 'string' ? password.slice(0, 200) : '' },
    );
  } catch (error) {
    // The officer's password could not be checked: nothing changed, and the attempt was given back.
    const problem = busyMessage(error);
    if (!problem) throw error;
    return { status: 'error', attempt, values, errors: {}, problem };
  }
  if (!result.ok) {
    switch (result.reason) {
      case 'invalid':
        return { status: 'error', attempt, values, errors: result.errors };
      case 'locked':
        return {
          status: 'error',
          attempt,
          values,
          errors: {},
          problem: { key: `${M}.locked`, vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } },
        };
      case 'conflict':
        return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.conflict` } };
      case 'not_found':
        return { status: 'error', attempt, values, errors: {}, problem: { key: `${M}.notFound` } };
      default:
        return { status: 'error', attempt, values, errors: {}, problem: refused };
    }
  }
  redirect(`${companyRecordPath(target.id)}?emel=1`);
}

/**
 * Import CSV: a multipart form post, JavaScript or not. The size is checked before the file is read; the
 * proxy refuses a body past the upload limit before Next.js reads it (lib/http/post-guard.ts).
 */
export async function importCompanyCsv(prev: ImportState, formData: FormData): Promise<ImportState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:importCompanyCsv');
  const attempt = nextAttempt(prev);
  if (!auth.ok) return { status: 'error', attempt, values: {}, errors: {}, problem: refused };
  const file = formData instanceof FormData ? formData.get('file') : null;
  // No file chosen: browsers post an empty part without a name.
  if (!(file instanceof File) || (file.size === 0 && !file.name)) {
    return { status: 'error', attempt, values: {}, errors: { file: [{ key: `${M}.fileRequired` }] } };
  }
  const fileName = file.name.slice(0, 200);
  if (file.size > CSV_MAX_BYTES) {
    return { status: 'error', attempt, values: {}, errors: { file: [{ key: 'admin.csv.tooLarge', vars: { max: '5 MB' } }] }, fileName };
  }
  const importValidRows = formData.get('importValidRows') === 'on';
  const result = await importCsv(
    { userId: auth.user.id, ip: auth.ip },
    { bytes: new Uint8Array(await file.arrayBuffer()), name: fileName },
    importValidRows,
  );
  if (!result.ok) {
    if (result.reason === 'forbidden') return { status: 'error', attempt, values: {}, errors: {}, problem: refused };
    return { status: 'error', attempt, values: {}, errors: { file: result.problems }, fileName };
  }
  return { status: 'report', attempt, values: {}, errors: {}, report: result.report, fileName };
}

import type { Metadata } from 'next';
import { CompanyImportForm } from '@/components/admin/companies/company-import-form';
import { CompanyNav } from '@/components/admin/companies/company-nav';
import { companyFormMessages } from '@/components/admin/companies/form-messages';
import { PageTitle } from '@/components/ui/heading';
import { importCompanyCsv } from '@/lib/actions/admin/companies';
import { CSV_COLUMNS } from '@/lib/admin/company-csv';
import { COMPANY_RECORDS_PATH, initialImportState } from '@/lib/admin/company-form-state';
import { requirePrivileged } from '@/lib/admin/guard';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

const PATH = `${COMPANY_RECORDS_PATH}/import`;

// The form renders <title> itself, with "Ralat: " after a refused post, JavaScript or not.
export const metadata: Metadata = { title: null };

/** IMPORT REKOD SYARIKAT (issue 10): a CSV file, a report of its rows, all or nothing unless chosen otherwise. */
export default async function ImportCompanyRecordsPage() {
  await requirePrivileged('page:/admin/rekod-syarikat/import', PATH);
  const { locale, t } = await getT();
  return (
    <div className="space-y-6">
      <PageTitle>{t('adminCompanies.import.title')}</PageTitle>
      <CompanyNav t={t} current={PATH} />
      <p className="max-w-prose text-body-lg text-gray-700">{t('adminCompanies.import.intro', { columns: CSV_COLUMNS.join(', ') })}</p>
      <CompanyImportForm
        action={importCompanyCsv}
        initialState={initialImportState}
        locale={locale}
        messages={companyFormMessages(locale)}
        documentTitle={namespace(locale, 'common').meta.titleTemplate.replace('%s', t('adminCompanies.import.title'))}
      />
    </div>
  );
}

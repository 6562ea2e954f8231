import type { Metadata } from 'next';
import { CompanyNav } from '@/components/admin/companies/company-nav';
import { CompanyRecordForm } from '@/components/admin/companies/company-record-form';
import { companyFormMessages } from '@/components/admin/companies/form-messages';
import { PageTitle } from '@/components/ui/heading';
import { createCompanyRecord } from '@/lib/actions/admin/companies';
import { COMPANY_RECORDS_PATH, initialCompanyRecordState } from '@/lib/admin/company-form-state';
import { requirePrivileged } from '@/lib/admin/guard';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

const PATH = `${COMPANY_RECORDS_PATH}/baru`;

// The form renders <title> itself, with "Ralat: " after a refused post, JavaScript or not.
export const metadata: Metadata = { title: null };

/** TAMBAH REKOD SYARIKAT: a record typed in, checked by the CSV import's row rule. */
export default async function AddCompanyRecordPage() {
  await requirePrivileged('page:/admin/rekod-syarikat/baru', PATH);
  const { locale, t } = await getT();
  return (
    <div className="space-y-6">
      <PageTitle>{t('adminCompanies.add.title')}</PageTitle>
      <CompanyNav t={t} current={PATH} />
      <p className="max-w-prose text-body-lg text-gray-700">{t('adminCompanies.add.intro')}</p>
      <CompanyRecordForm
        action={createCompanyRecord}
        initialState={initialCompanyRecordState()}
        mode="create"
        messages={companyFormMessages(locale)}
        documentTitle={namespace(locale, 'common').meta.titleTemplate.replace('%s', t('adminCompanies.add.title'))}
      />
    </div>
  );
}

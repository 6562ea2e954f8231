import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CompanyEmailForm } from '@/components/admin/companies/company-email-form';
import { CompanyNav } from '@/components/admin/companies/company-nav';
import { CompanyRecordForm } from '@/components/admin/companies/company-record-form';
import { companyFormMessages } from '@/components/admin/companies/form-messages';
import { Callout } from '@/components/ui/callout';
import { PageTitle, SectionTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getCompanyRecord } from '@/db/queries/company-records';
import { updateCompanyEmail, updateCompanyRecord } from '@/lib/actions/admin/companies';
import { companyRecordPath, initialCompanyEmailState, initialCompanyRecordState } from '@/lib/admin/company-form-state';
import { requirePrivileged } from '@/lib/admin/guard';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminCompanies.edit.title') };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ditambah?: string; disimpan?: string; emel?: string }>;
};

/**
 * KEMASKINI REKOD SYARIKAT: the record's details, and its e-mail in a form of its own (the officer's
 * password, both addresses told). Each form carries the version read here (decision 0006).
 */
export default async function CompanyRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePrivileged('page:/admin/rekod-syarikat/[id]', companyRecordPath(id));
  if (!z.uuid().safeParse(id).success) notFound();
  const record = await getCompanyRecord(await getDb(), id);
  if (!record) notFound();
  const { locale, t } = await getT();
  const done = await searchParams;
  const messages = companyFormMessages(locale);
  const notice =
    done.emel === '1'
      ? 'adminCompanies.email.updated'
      : done.disimpan === '1'
        ? 'adminCompanies.edit.saved'
        : done.ditambah === '1'
          ? 'adminCompanies.edit.created'
          : null;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <PageTitle>{t('adminCompanies.edit.title')}</PageTitle>
        <CompanyNav t={t} current={companyRecordPath(id)} />
        <p className="text-body-lg font-semibold text-gray-900">{record.name}</p>
        <p className="text-gray-700">{t('adminCompanies.edit.updatedAt', { at: formatDateTimeMY(record.updatedAt, locale) })}</p>
        {notice && (
          <Callout locale={locale} variant="success" announce>
            <p>{t(notice)}</p>
          </Callout>
        )}
      </div>
      <section aria-labelledby="company-details" className="space-y-4">
        <SectionTitle id="company-details">{t('adminCompanies.edit.detailsHeading')}</SectionTitle>
        <CompanyRecordForm
          // A new version is a new form: its values are the record's as read now.
          key={`details-${record.version}`}
          action={updateCompanyRecord}
          initialState={initialCompanyRecordState({
            ssmNew: record.ssmNew ?? '',
            ssmOld: record.ssmOld ?? '',
            name: record.name,
            source: record.source,
            fileNo: record.fileNo ?? '',
          })}
          mode="edit"
          record={{ id: record.id, version: record.version }}
          messages={messages}
        />
      </section>
      <section aria-labelledby="company-email" className="space-y-4">
        <SectionTitle id="company-email">{t('adminCompanies.email.heading')}</SectionTitle>
        <p className="max-w-prose text-gray-700">{t('adminCompanies.email.intro')}</p>
        <CompanyEmailForm
          key={`email-${record.version}`}
          action={updateCompanyEmail}
          initialState={initialCompanyEmailState}
          record={{ id: record.id, version: record.version, email: record.email }}
          messages={messages}
        />
      </section>
    </div>
  );
}

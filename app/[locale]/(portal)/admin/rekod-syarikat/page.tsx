import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLinks } from '@/components/ui/page-links';
import { CompanyNav } from '@/components/admin/companies/company-nav';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { searchCompanyRecords } from '@/db/queries/company-records';
import { COMPANY_RECORDS_PATH, companyRecordPath } from '@/lib/admin/company-form-state';
import { companySearch } from '@/lib/admin/company-records';
import { requirePrivileged } from '@/lib/admin/guard';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminCompanies.title') };
}

const PAGE_SIZE = 25;
const MAX_PAGE = 10_000;

type Props = { searchParams: Promise<{ q?: string | string[]; halaman?: string | string[] }> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

/**
 * REKOD SYARIKAT: the records ST holds, searched by SSM number (new or old, exact), part of the name or
 * the e-mail; 25 a page. A GET form, so a search is a link and works without JavaScript.
 */
export default async function CompanyRecordsPage({ searchParams }: Props) {
  await requirePrivileged('page:/admin/rekod-syarikat', COMPANY_RECORDS_PATH);
  const { t } = await getT();
  const params = await searchParams;
  const q = one(params.q).slice(0, 100);
  const requested = Number.parseInt(one(params.halaman), 10);
  const page = Number.isFinite(requested) && requested >= 1 ? Math.min(requested, MAX_PAGE) : 1;
  const { rows, total } = await searchCompanyRecords(await getDb(), companySearch(q), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (p: number) => `${COMPANY_RECORDS_PATH}?${new URLSearchParams({ ...(q ? { q } : {}), halaman: String(p) })}`;

  return (
    <div className="space-y-6">
      <PageTitle>{t('adminCompanies.title')}</PageTitle>
      <p className="max-w-prose text-body-lg text-gray-700">{t('adminCompanies.intro')}</p>
      <CompanyNav t={t} current={COMPANY_RECORDS_PATH} />
      <form method="get" action={COMPANY_RECORDS_PATH} role="search" className="max-w-xl space-y-2">
        <label htmlFor="q" className="block font-semibold text-gray-900">
          {t('adminCompanies.list.searchLabel')}
        </label>
        <p id="q-hint" className="text-body-sm text-gray-600">
          {t('adminCompanies.list.searchHint')}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            aria-describedby="q-hint"
            className="block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-gray-900"
          />
          <button type="submit" className="min-h-11 rounded-md bg-primary-600 px-5 font-semibold text-white hover:bg-primary-700">
            {t('adminCompanies.list.searchButton')}
          </button>
        </div>
        {q && (
          <Link href={COMPANY_RECORDS_PATH} className="inline-flex min-h-11 items-center text-primary-700 underline">
            {t('adminCompanies.list.clear')}
          </Link>
        )}
      </form>

      <p role="status" className="text-gray-900">
        {total === 0 ? t('adminCompanies.list.empty') : t('adminCompanies.list.count', { total })}
      </p>
      {rows.length > 0 && (
        // On a phone the table scrolls sideways inside this labelled, focusable region; the page itself never does.
        <div role="region" aria-labelledby="records-caption" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
          {/* A width of its own: squeezed to 360 px the e-mail broke every few letters (seen in the screenshots). */}
          <table className="w-full min-w-[44rem] border-collapse text-left text-body-sm">
            <caption id="records-caption" className="sr-only">
              {t('adminCompanies.list.caption')}
            </caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="p-2">
                  {t('adminCompanies.fields.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminCompanies.fields.ssmNew')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminCompanies.fields.ssmOld')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminCompanies.fields.email')}
                </th>
                <th scope="col" className="p-2">
                  {t('adminCompanies.fields.source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={companyRecordPath(row.id)} className="font-semibold text-primary-700 underline underline-offset-2">
                      {row.name}
                    </Link>
                  </th>
                  <td className="p-2 whitespace-nowrap">{row.ssmNew ?? ''}</td>
                  <td className="p-2 whitespace-nowrap">{row.ssmOld ?? ''}</td>
                  <td className="p-2 [overflow-wrap:anywhere]">{row.email}</td>
                  <td className="p-2">{row.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <PageLinks
          label={t('adminCompanies.list.pagination')}
          previous={page > 1 ? { href: link(page - 1), label: t('adminCompanies.list.previous') } : null}
          status={t('adminCompanies.list.page', { page: Math.min(page, pages), pages })}
          next={page < pages ? { href: link(page + 1), label: t('adminCompanies.list.next') } : null}
        />
      )}
    </div>
  );
}

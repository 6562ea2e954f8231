import type { Metadata } from 'next';
import { AccountResults, AccountSearchForm } from '@/components/admin/users/account-search';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { parseSearchParams, searchAccounts, searchProblem } from '@/lib/admin/account-search';
import { requirePrivileged } from '@/lib/admin/guard';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminUsers.search.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** PENGGUNA (issue 10): find an account by id, name or e-mail; the search is in the address (?jenis=&q=&halaman=). */
export default async function UsersPage({ searchParams }: Props) {
  await requirePrivileged('page:/admin/pengguna', '/admin/pengguna');
  const { t } = await getT();
  const input = parseSearchParams(await searchParams);
  const problem = input ? searchProblem(input) : null;
  const result = input && !problem ? await searchAccounts(await getDb(), input) : null;
  return (
    <div className="space-y-6">
      <PageTitle>{t('adminUsers.search.title')}</PageTitle>
      <p className="max-w-prose text-body-lg text-gray-700">{t('adminUsers.search.intro')}</p>
      <AccountSearchForm
        t={t}
        kind={input?.kind ?? 'name'}
        q={input?.q ?? ''}
        problem={problem ? `adminUsers.search.errors.${problem}` : null}
      />
      {input && result ? <AccountResults t={t} input={input} result={result} /> : null}
    </div>
  );
}

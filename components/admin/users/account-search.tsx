import Link from 'next/link';
import { PageLinks } from '@/components/ui/page-links';
import { ErrorSummary } from '@/components/form/error-summary';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { buttonClasses } from '@/components/ui/button';
import type { AccountRow, SearchInput, SearchKind, SearchResult } from '@/lib/admin/account-search';
import { SEARCH_KINDS, SEARCH_QUERY_MAX } from '@/lib/admin/account-search';
import type { Translate } from '@/lib/i18n/messages';

export const USERS_PATH = '/admin/pengguna';

/** The address of a results page: the search stays in the URL, so it can be shared, bookmarked and reloaded. */
export function searchHref({ kind, q, page }: SearchInput): string {
  const params = new URLSearchParams({ jenis: kind, q });
  if (page > 1) params.set('halaman', String(page));
  return `${USERS_PATH}?${params.toString()}`;
}

export type AccountSearchFormProps = {
  t: Translate;
  kind: SearchKind;
  q: string;
  /** The message key of why the search did not run, shown beside the field and in the summary. */
  problem?: string | null;
};

/** Pengguna's search: a GET form, so it works without JavaScript and the query is in the address. */
export function AccountSearchForm({ t, kind, q, problem }: AccountSearchFormProps) {
  const error = problem ? t(problem) : undefined;
  const prefix = t('common.errorSummary.prefix');
  return (
    <form method="get" action={USERS_PATH} role="search" noValidate className="max-w-xl space-y-4">
      {error ? (
        <ErrorSummary
          title={t('common.errorSummary.title')}
          errors={[{ field: 'q', message: error }]}
          titlePrefix={t('common.titlePrefixError')}
        />
      ) : null}
      <SelectField
        name="jenis"
        label={t('adminUsers.search.kind')}
        errorPrefix={prefix}
        options={SEARCH_KINDS.map((value) => ({ value, label: t(`adminUsers.search.kinds.${value}`) }))}
        defaultValue={kind}
      />
      <TextField
        name="q"
        type="search"
        label={t('adminUsers.search.query')}
        hint={t('adminUsers.search.queryHint')}
        error={error}
        errorPrefix={prefix}
        defaultValue={q}
        maxLength={SEARCH_QUERY_MAX}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <button type="submit" className={buttonClasses({})}>
        {t('adminUsers.search.submit')}
      </button>
    </form>
  );
}

/** The results: a table (scrolls sideways inside its box on a phone), then the page links. */
export function AccountResults({ t, input, result }: { t: Translate; input: SearchInput; result: SearchResult }) {
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="section-title">
        {t('adminUsers.search.results')}
      </h2>
      {result.rows.length === 0 ? (
        <p className="text-gray-900">{t('adminUsers.search.none')}</p>
      ) : (
        <ResultsTable t={t} input={input} result={result} />
      )}
    </section>
  );
}

function ResultsTable({ t, input, result }: { t: Translate; input: SearchInput; result: SearchResult }) {
  return (
    <div className="space-y-4">
      <p role="status" className="text-gray-700">
        {t('adminUsers.search.resultsCount', { page: result.page, count: result.rows.length })}
      </p>
      {/* On a phone the table scrolls sideways inside this labelled, focusable region; the page itself never does. */}
      <div
        role="region"
        aria-labelledby="results-caption"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-gray-200 focus-visible:outline-2"
      >
        <table className="min-w-full text-left text-body-sm">
          <caption id="results-caption" className="sr-only">
            {t('adminUsers.search.results')}
          </caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('adminUsers.search.columns.loginId')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('adminUsers.search.columns.name')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('adminUsers.search.columns.type')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('adminUsers.search.columns.status')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {result.rows.map((row: AccountRow) => (
              <tr key={row.id}>
                <td className="px-3 py-2 font-mono">
                  <Link href={`${USERS_PATH}/${row.id}`} className="text-primary-700 underline underline-offset-2">
                    {row.loginId}
                  </Link>
                </td>
                <td className="px-3 py-2">{row.name}</td>
                <td className="px-3 py-2">{t(`adminUsers.types.${row.userType}`)}</td>
                <td className="px-3 py-2">{t(`adminUsers.statuses.${row.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageLinks
        label={t('adminUsers.search.pagination')}
        previous={input.page > 1 ? { href: searchHref({ ...input, page: input.page - 1 }), label: t('adminUsers.search.previous') } : null}
        next={result.hasMore ? { href: searchHref({ ...input, page: input.page + 1 }), label: t('adminUsers.search.next') } : null}
      />
      {result.truncated ? <p className="text-gray-700">{t('adminUsers.search.narrow')}</p> : null}
    </div>
  );
}

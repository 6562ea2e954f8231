import type { Metadata } from 'next';
import { connection } from 'next/server';
import { MonthChart } from '@/components/statistics/month-chart';
import { MonthTable } from '@/components/statistics/month-table';
import { statisticsFormat } from '@/components/statistics/format';
import { TypeTable } from '@/components/statistics/type-table';
import { Callout } from '@/components/ui/callout';
import { PageTitle, SectionTitle } from '@/components/ui/heading';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getT } from '@/lib/i18n/server';
import { getRegistrationStats } from '@/lib/stats/registration-stats';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('content.statistics.title'), description: t('content.statistics.description') };
}

/** Statistik: live counts of registered accounts by type and by month, at most a minute old. */
export default async function StatisticsPage() {
  // Read from the database on request, never frozen into the build.
  await connection();
  const { locale, t } = await getT();
  const stats = await getRegistrationStats();
  const format = statisticsFormat(locale);

  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-3">
        <PageTitle>{t('content.statistics.title')}</PageTitle>
        <p className="text-body-lg text-gray-700">{t('content.statistics.intro')}</p>
        <p className="text-body-sm text-gray-600">
          {t('content.statistics.updated')}{' '}
          <time dateTime={stats.computedAt.toISOString()}>{formatDateTimeMY(stats.computedAt, locale)}</time>
        </p>
      </div>

      <div className="inline-flex flex-col rounded-xl border border-primary-100 bg-primary-50 px-6 py-4">
        <span className="text-body-sm font-medium text-primary-800">{t('content.statistics.total')}</span>
        <span className="font-heading text-heading-sm font-semibold tabular-nums text-gray-900">{format.number(stats.total)}</span>
      </div>

      {stats.total === 0 && (
        <Callout locale={locale} className="max-w-3xl">
          <p>{t('content.statistics.empty')}</p>
        </Callout>
      )}

      <section aria-labelledby="ikut-jenis" className="space-y-4">
        <SectionTitle id="ikut-jenis">{t('content.statistics.byTypeTitle')}</SectionTitle>
        <TypeTable stats={stats} t={t} format={format} />
      </section>

      <section aria-labelledby="ikut-bulan" className="space-y-6">
        <SectionTitle id="ikut-bulan">{t('content.statistics.byMonthTitle')}</SectionTitle>
        <MonthChart stats={stats} t={t} format={format} />
        <MonthTable stats={stats} t={t} format={format} />
      </section>
    </div>
  );
}

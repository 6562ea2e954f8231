import type { Translate } from '@/lib/i18n/messages';
import type { RegistrationStats } from '@/lib/stats/registration-stats';
import { barLength, type statisticsFormat } from './format';

type Props = { stats: RegistrationStats; t: Translate; format: ReturnType<typeof statisticsFormat> };

/**
 * New accounts per month as columns, in CSS only. The drawing is hidden from assistive technology: the table
 * after it holds the same figures, and its caption says so.
 */
export function MonthChart({ stats, t, format }: Props) {
  const max = Math.max(0, ...stats.months.map((m) => m.total));
  return (
    <figure className="max-w-3xl space-y-3">
      <figcaption className="space-y-1">
        <span className="block font-semibold text-gray-900">{t('content.statistics.chartTitle')}</span>
        <span className="block text-body-sm text-gray-600">{t('content.statistics.chartNote')}</span>
      </figcaption>
      <div aria-hidden="true">
        <div className="flex h-44 gap-1 border-b border-gray-300 sm:gap-2">
          {stats.months.map((m) => (
            <div key={m.month} className="flex min-w-0 flex-1 flex-col items-center">
              {/* No room for four-digit labels in 12 columns on a phone: the table right below has them. */}
              <span className="text-body-xs tabular-nums text-gray-700 max-sm:hidden">{format.number(m.total)}</span>
              <div className="flex w-full flex-1 items-end">
                <div className="w-full rounded-t-sm bg-primary-600" style={{ height: barLength(m.total, max) }} />
              </div>
            </div>
          ))}
        </div>
        <div className="mt-1 flex gap-1 text-center text-body-xs text-gray-600 sm:gap-2">
          {stats.months.map((m) => (
            <div key={m.month} className="min-w-0 flex-1 leading-tight">
              <span className="block">{format.monthShort(m.month)}</span>
              <span className="block">{format.yearShort(m.month)}</span>
            </div>
          ))}
        </div>
      </div>
    </figure>
  );
}

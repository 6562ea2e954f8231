import type { Translate } from '@/lib/i18n/messages';
import { USER_TYPES, type RegistrationStats } from '@/lib/stats/registration-stats';
import type { statisticsFormat } from './format';

type Props = { stats: RegistrationStats; t: Translate; format: ReturnType<typeof statisticsFormat> };

const CELL = 'border-b border-gray-200 px-3 py-2.5';
const CAPTION_ID = 'jadual-bulan';

/**
 * New accounts by month and user type. Six columns do not fit a 360 px phone: the table scrolls sideways in
 * a focusable region (so keyboard users can scroll it too), with the month column kept in view.
 */
export function MonthTable({ stats, t, format }: Props) {
  return (
    <div className="max-w-3xl space-y-2">
      {/* The title sits outside the scrolling box so that it stays whole on a phone; the caption repeats it for
          screen readers, which announce a table by its caption. */}
      <p id={CAPTION_ID} className="font-semibold text-gray-900">
        {t('content.statistics.byMonthCaption')}
      </p>
      <p className="text-body-sm text-gray-600 md:hidden">{t('content.statistics.scrollHint')}</p>
      <div role="region" aria-labelledby={CAPTION_ID} tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200">
        <table className="w-full border-collapse text-left text-body-sm">
          <caption className="sr-only">{t('content.statistics.byMonthCaption')}</caption>
          <thead className="bg-gray-50 text-gray-700">
            <tr>
              <th scope="col" className={`${CELL} sticky left-0 bg-gray-50 font-semibold`}>
                {t('content.statistics.month')}
              </th>
              {USER_TYPES.map((type) => (
                <th key={type} scope="col" className={`${CELL} text-right font-semibold`}>
                  {t(`register.type.options.${type}`)}
                </th>
              ))}
              <th scope="col" className={`${CELL} text-right font-semibold`}>
                {t('content.statistics.monthTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.months.map((m) => (
              <tr key={m.month}>
                <th scope="row" className={`${CELL} sticky left-0 bg-white font-medium whitespace-nowrap text-gray-900`}>
                  {format.monthLong(m.month)}
                </th>
                {USER_TYPES.map((type) => (
                  <td key={type} className={`${CELL} text-right tabular-nums`}>
                    {format.number(m.byType[type])}
                  </td>
                ))}
                <td className={`${CELL} text-right font-semibold tabular-nums`}>{format.number(m.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

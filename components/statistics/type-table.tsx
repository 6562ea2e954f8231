import type { Translate } from '@/lib/i18n/messages';
import { USER_TYPES, type RegistrationStats } from '@/lib/stats/registration-stats';
import { barLength, type statisticsFormat } from './format';

type Props = { stats: RegistrationStats; t: Translate; format: ReturnType<typeof statisticsFormat> };

const CELL = 'border-b border-gray-200 px-2 py-3 sm:px-3';

/** Accounts by user type: the numbers, their share, and a bar (decoration: the numbers carry the meaning). */
export function TypeTable({ stats, t, format }: Props) {
  const max = Math.max(0, ...USER_TYPES.map((type) => stats.byType[type]));
  return (
    <table className="w-full max-w-3xl border-collapse text-left">
      <caption className="sr-only">{t('content.statistics.byTypeCaption')}</caption>
      <thead>
        <tr className="text-body-sm text-gray-600">
          <th scope="col" className={`${CELL} font-semibold`}>
            {t('content.statistics.type')}
          </th>
          <th scope="col" className={`${CELL} text-right font-semibold`}>
            {t('content.statistics.accounts')}
          </th>
          <th scope="col" className={`${CELL} w-2/5 font-semibold`}>
            {t('content.statistics.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {USER_TYPES.map((type) => (
          <tr key={type}>
            <th scope="row" className={`${CELL} font-medium text-gray-900`}>
              {t(`register.type.options.${type}`)}
            </th>
            <td className={`${CELL} text-right tabular-nums`}>{format.number(stats.byType[type])}</td>
            <td className={CELL}>
              {/* On a phone the bar goes under the figure, where it has the cell's whole width. */}
              <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
                <span className="shrink-0 text-body-sm tabular-nums text-gray-700 sm:w-14 sm:text-right">
                  {format.percent(stats.byType[type], stats.total)}
                </span>
                <span aria-hidden="true" className="h-3 w-full rounded-sm bg-gray-100 sm:flex-1">
                  <span className="block h-full rounded-sm bg-primary-600" style={{ width: barLength(stats.byType[type], max) }} />
                </span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold text-gray-900">
          <th scope="row" className="px-2 py-3 sm:px-3">
            {t('content.statistics.totalRow')}
          </th>
          <td className="px-2 py-3 text-right tabular-nums sm:px-3">{format.number(stats.total)}</td>
          <td className="px-2 py-3 sm:px-3" />
        </tr>
      </tfoot>
    </table>
  );
}

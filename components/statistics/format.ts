import type { Locale } from '@/lib/i18n/locales';
import { monthStart } from '@/lib/stats/months';

/** Number and month formatters for one locale; months are read in Malaysia time like every date (requirements §0.2). */
export function statisticsFormat(locale: Locale) {
  const tag = `${locale}-MY`;
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const monthLong = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'Asia/Kuala_Lumpur' });
  const monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'Asia/Kuala_Lumpur' });
  return {
    number: (n: number) => number.format(n),
    percent: (part: number, whole: number) => percent.format(whole ? part / whole : 0),
    monthLong: (key: string) => monthLong.format(monthStart(key)),
    monthShort: (key: string) => monthShort.format(monthStart(key)),
    yearShort: (key: string) => `’${key.slice(2, 4)}`,
  };
}

/** A bar's length as a share of the largest value, for style={{ width | height }}. */
export function barLength(value: number, max: number): string {
  return `${max > 0 ? Math.round((value / max) * 1000) / 10 : 0}%`;
}

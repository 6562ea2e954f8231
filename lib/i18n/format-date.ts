import type { Locale } from './locales';

/**
 * requirements §0.2: dates and times are shown in Malaysia time as dd/mm/yyyy and 24-hour time, whatever the server's
 * own zone. The numeric form is the same in Malay and English; the locale is taken so callers need not
 * change if a language ever wants its own form.
 */
const ZONE = 'Asia/Kuala_Lumpur';

type DateInput = Date | string | number;

function parts(date: DateInput, locale: Locale, withTime: boolean): Record<string, string> {
  const format = new Intl.DateTimeFormat(`${locale}-MY`, {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  });
  const value = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
  return Object.fromEntries(format.formatToParts(value).map((p) => [p.type, p.value]));
}

/** "25/12/2026" in Malaysia time. */
export function formatDateMY(date: DateInput, locale: Locale = 'ms'): string {
  const p = parts(date, locale, false);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "25/12/2026 14:05" in Malaysia time (24-hour). */
export function formatDateTimeMY(date: DateInput, locale: Locale = 'ms'): string {
  const p = parts(date, locale, true);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export const MAIN_CONTENT_ID = 'kandungan';

/** First stop of the Tab key (WCAG 2.4.1): hidden until focused, then shown above everything. */
export function SkipLink({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-primary-700 focus:underline focus:shadow-card"
    >
      {t('common.skipLink')}
    </a>
  );
}

import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export const MAIN_CONTENT_ID = 'kandungan';

/** First stop of the Tab key (WCAG 2.4.1): hidden until focused, then shown above everything. */
export function SkipLink({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
      {t('common.skipLink')}
    </a>
  );
}

import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { Container } from './container';

/** The strip every Malaysian government site opens with (MYDS Masthead). */
export function Masthead({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <div className="border-b border-gray-200 bg-gray-100 text-body-sm text-gray-700">
      <Container className="flex min-h-9 items-center gap-2 py-1.5">
        {/* Jalur Gemilang (.flag-my in globals.css): decorative, the text beside it says what it means. */}
        <span aria-hidden="true" className="flag-my h-3 w-6 ring-1 ring-gray-300" />
        <p>{t('common.masthead')}</p>
      </Container>
    </div>
  );
}

import { Suspense } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { CurrentPathInput } from './current-path-input';

/**
 * Switches between Malay and English with a plain form post to /bahasa, which remembers the choice in a cookie
 * and comes back to this page: it works before (and without) JavaScript.
 */
export function LanguageSwitch({ locale, className }: { locale: Locale; className?: string }) {
  const t = translator(locale);
  const other: Locale = locale === 'ms' ? 'en' : 'ms';
  return (
    <form method="post" action="/bahasa" className={className}>
      <input type="hidden" name="locale" value={other} />
      <Suspense fallback={<input type="hidden" name="next" value="/" />}>
        <CurrentPathInput name="next" />
      </Suspense>
      <button
        type="submit"
        aria-label={t('common.switchToLabel')}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-gray-300 bg-white px-2.5 text-body-sm sm:px-3 font-medium text-gray-800 hover:bg-gray-50"
      >
        <GlobeIcon />
        <span lang={other}>{t('common.switchTo')}</span>
      </button>
    </form>
  );
}

function GlobeIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      className="size-4 shrink-0 text-gray-600"
    >
      <circle cx="10" cy="10" r="7.5" />
      <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5c-2-2.2-3-4.7-3-7.5s1-5.3 3-7.5Z" />
    </svg>
  );
}

import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { CurrentPathInput } from './current-path-input';

/**
 * Switches between Malay and English with a plain form post to /bahasa, which remembers the choice in a cookie
 * and comes back to this page: it works before (and without) JavaScript. `text` is the other language's name, in
 * that language; `label` says what the button does, in this page's.
 */
export function LanguageSwitch({ otherLocale, label, text }: { otherLocale: Locale; label: string; text: string }) {
  return (
    <form method="post" action="/bahasa">
      <input type="hidden" name="locale" value={otherLocale} />
      <Suspense fallback={<input type="hidden" name="next" value="/" />}>
        <CurrentPathInput name="next" />
      </Suspense>
      <button type="submit" aria-label={label} className="language-switch">
        <span aria-hidden="true" className="icon icon-globe size-4 text-gray-600" />
        <span lang={otherLocale}>{text}</span>
      </button>
    </form>
  );
}

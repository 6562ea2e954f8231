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
        <GlobeIcon />
        <span lang={otherLocale}>{text}</span>
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

'use client';

import { useSyncExternalStore } from 'react';
import ms from '@/messages/ms/common.json';
import en from '@/messages/en/common.json';
import { asLocale } from '@/lib/i18n/locales';

const noSubscription = () => () => {};

/**
 * The page's language as the root layout set it on <html lang>. Error boundaries are client components and
 * cannot read the cookie; the server snapshot (Malay) keeps hydration consistent, then the real one applies.
 */
function useDocumentLocale() {
  return useSyncExternalStore(
    noSubscription,
    () => asLocale(document.documentElement.lang),
    () => 'ms' as const,
  );
}

type Props = {
  error: unknown;
  retry: () => void;
  /** Malay with English below: for global-error, where the visitor's choice of language cannot be read. */
  bilingual?: boolean;
  /** Inside PageShell (app/[locale]/(public)/error.tsx), which already gives the page its column and spacing. */
  inShell?: boolean;
};

/** "Something went wrong" with a retry button, for app/[locale]/error.tsx and app/global-error.tsx. */
export function ErrorPanel({ error, retry, bilingual = false, inShell = false }: Props) {
  const locale = useDocumentLocale();
  const text = !bilingual && locale === 'en' ? en : ms;
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  // A form over the size limit: the proxy's 413 (lib/http/post-guard.ts) reaches a JavaScript client as an
  // error carrying its text. Say what happened rather than "something went wrong".
  const tooLarge = error instanceof Error && error.message.includes(ms.requestRefused.tooLargeTitle);
  const title = tooLarge ? text.requestRefused.tooLargeTitle : text.serverError.title;
  const body = tooLarge ? text.requestRefused.tooLargeBody.replace('{limit}', '1 MB') : text.serverError.body;
  return (
    <div className={inShell ? 'max-w-2xl space-y-4' : 'mx-auto w-full max-w-2xl space-y-4 px-4.5 py-12 md:px-6'} role="alert">
      <h1 className="font-heading text-heading-xs font-semibold text-gray-900 sm:text-heading-sm">{title}</h1>
      <p className="text-body-lg text-gray-700">{body}</p>
      {bilingual ? (
        <div lang="en" className="space-y-1 border-l-4 border-gray-200 pl-4 text-gray-700">
          <p className="font-semibold text-gray-900">{tooLarge ? en.requestRefused.tooLargeTitle : en.serverError.title}</p>
          <p>{tooLarge ? en.requestRefused.tooLargeBody.replace('{limit}', '1 MB') : en.serverError.body}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center justify-center rounded-md border border-primary-600 bg-primary-600 px-4 py-2 font-semibold text-white shadow-button hover:bg-primary-700"
        >
          {tooLarge ? text.requestRefused.tooLargeBack : text.serverError.retry}
          {bilingual ? <span lang="en"> / {tooLarge ? en.requestRefused.tooLargeBack : en.serverError.retry}</span> : null}
        </button>
        {/* A plain link: after an error the client router may be the broken part. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/"
          className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold text-gray-900 no-underline shadow-button hover:bg-gray-50"
        >
          {text.notFound.back}
          {bilingual ? <span lang="en"> / {en.notFound.back}</span> : null}
        </a>
      </div>
      {digest ? <p className="text-body-sm text-gray-600">{text.serverError.reference.replace('{digest}', digest)}</p> : null}
    </div>
  );
}

'use client';

import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { SectionTitle } from '@/components/ui/heading';

/** Laman Utama's words in the page's language (home-content.tsx looks them up). */
export type HomeWords = {
  eyebrow: string;
  heading: string;
  welcome: string;
  registerLead: string;
  registerButton: string;
  helpTitle: string;
  helpBody: string;
  tollFree: string;
  tollFreeHref: string;
  whatTitle: string;
  what: readonly string[];
  stepsTitle: string;
  steps: readonly { title: string; body: string }[];
};

/**
 * Laman Utama's markup. A client component for the page's size, as the frame is (components/layout/
 * site-header-view.tsx): the hydration payload carries these words, not the rendered tree. `loginBox` stays a
 * server component.
 */
export function HomeContentView({ words, loginBox }: { words: HomeWords; loginBox: ReactNode }) {
  // One column on a phone, in the order visitors need it: the name of the site, LOG MASUK (returning users
  // are most visits), then Daftar Pengguna (issue 9 item 4). From lg the name and Daftar Pengguna read as one
  // card on the left with the help line under it, LOG MASUK on the right spanning them: no empty block.
  const heroCard = 'border-primary-100 bg-primary-50 px-5 md:px-10 lg:col-start-1';
  return (
    <div className="space-y-12">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr_auto] lg:gap-y-0">
        <div className={`${heroCard} rounded-xl border py-5 md:pt-10 lg:row-start-1 lg:rounded-b-none lg:border-b-0 lg:pb-0`}>
          <p className="text-body-sm font-semibold uppercase tracking-wide text-primary-700">{words.eyebrow}</p>
          <h1
            id="tajuk-utama"
            lang="en"
            className="mt-2 font-heading text-heading-xs font-semibold text-gray-900 sm:text-heading-sm md:text-heading-md"
          >
            {words.heading}
          </h1>
          {/* The same sentence leads "Apa yang boleh anda lakukan" below lg; display:none there, so it is read once. */}
          <p className="mt-4 max-w-prose text-body-lg text-gray-700 max-lg:hidden">{words.welcome}</p>
        </div>

        <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1" data-home="log-masuk">
          {loginBox}
        </div>

        <div
          className={`${heroCard} rounded-xl border py-5 md:pb-10 lg:row-start-2 lg:rounded-t-none lg:border-t-0 lg:pt-6`}
          data-home="daftar"
        >
          <p className="max-w-prose text-body-md text-gray-700">{words.registerLead}</p>
          <ButtonLink href="/daftar" size="lg" className="mt-4 w-full sm:w-auto">
            {words.registerButton}
          </ButtonLink>
        </div>

        <section
          aria-labelledby="tajuk-bantuan"
          className="rounded-xl border border-gray-200 bg-white p-6 shadow-card lg:col-start-1 lg:row-start-3 lg:mt-6"
        >
          <SectionTitle id="tajuk-bantuan">{words.helpTitle}</SectionTitle>
          <p className="mt-2 text-gray-700">{words.helpBody}</p>
          <p className="mt-1">
            <a href={words.tollFreeHref} className="text-body-xl font-semibold text-primary-700 underline hover:text-primary-800">
              {words.tollFree}
            </a>
          </p>
        </section>
      </div>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="tajuk-boleh">
          <SectionTitle id="tajuk-boleh">{words.whatTitle}</SectionTitle>
          <p className="mt-4 max-w-prose text-gray-700 lg:hidden">{words.welcome}</p>
          <ul className="mt-4 space-y-3">
            {words.what.map((text) => (
              <li key={text} className="flex gap-3 text-gray-700">
                <span aria-hidden="true" className="icon icon-check mt-0.5 size-5 text-success-700" />
                <span>{text}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="tajuk-langkah">
          <SectionTitle id="tajuk-langkah">{words.stepsTitle}</SectionTitle>
          <ol className="mt-4 space-y-4">
            {words.steps.map((step, index) => (
              <li key={step.title} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary-600 font-semibold text-white"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="font-semibold text-gray-900">{step.title}</h3>
                  <p className="text-gray-700">{step.body}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}

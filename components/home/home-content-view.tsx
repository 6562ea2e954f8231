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
  return (
    <div className="space-y-12">
      <div className="home-grid">
        <div className="home-hero home-hero-top">
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

        <div className="home-login" data-home="log-masuk">
          {loginBox}
        </div>

        <div className="home-hero home-hero-bottom" data-home="daftar">
          <p className="max-w-prose text-body-md text-gray-700">{words.registerLead}</p>
          <ButtonLink href="/daftar" size="lg" className="mt-4 w-full sm:w-auto">
            {words.registerButton}
          </ButtonLink>
        </div>

        <section aria-labelledby="tajuk-bantuan" className="card p-6 lg:col-start-1 lg:row-start-3 lg:mt-6">
          <SectionTitle id="tajuk-bantuan">{words.helpTitle}</SectionTitle>
          <p className="mt-2 text-gray-700">{words.helpBody}</p>
          <p className="mt-1">
            <a href={words.tollFreeHref} className="text-link text-body-xl font-semibold">
              {words.tollFree}
            </a>
          </p>
        </section>
      </div>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="tajuk-boleh">
          <SectionTitle id="tajuk-boleh">{words.whatTitle}</SectionTitle>
          <p className="mt-4 max-w-prose text-gray-700 lg:hidden">{words.welcome}</p>
          <ul className="check-list mt-4 space-y-3">
            {words.what.map((text) => (
              <li key={text}>
                <span>{text}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="tajuk-langkah">
          <SectionTitle id="tajuk-langkah">{words.stepsTitle}</SectionTitle>
          <ol className="step-list mt-4 space-y-4">
            {words.steps.map((step) => (
              <li key={step.title}>
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

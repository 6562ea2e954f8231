'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Container } from './container';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import type { NavTarget } from './nav-items';
import { Wordmark } from './wordmark';

/** The header's words in the page's language, looked up on the server (site-header.tsx). */
export type HeaderStrings = {
  masthead: string;
  siteName: string;
  agency: string;
  siteLongName: string;
  menuLabel: string;
  menuOpen: string;
  switchTo: string;
  switchToLabel: string;
};

export type SiteHeaderViewProps = {
  strings: HeaderStrings;
  /** The language the switch offers. */
  otherLocale: Locale;
  links: readonly (NavTarget & { label: string })[];
  actions?: ReactNode;
  phoneMenu?: ReactNode;
};

/**
 * The page's banner: the masthead, then the header. A client component for the size of the page, not for interactivity:
 * React sends a client component's props to the browser instead of its rendered tree, and every page carries this
 * header, so its hydration payload holds a few strings where it held 5 KB of elements and class names (issue 11). It is
 * still rendered on the server and works without JavaScript.
 */
export function SiteHeaderView({ strings, otherLocale, links, actions, phoneMenu }: SiteHeaderViewProps) {
  const hasMenu = phoneMenu !== undefined || links.length > 0;
  const switcher = <LanguageSwitch otherLocale={otherLocale} label={strings.switchToLabel} text={strings.switchTo} />;
  const list = (className: string) =>
    links.map(({ label, ...item }) => (
      <li key={item.href}>
        <NavLink item={item} className={className}>
          {label}
        </NavLink>
      </li>
    ));

  return (
    <header>
      <Masthead text={strings.masthead} />
      <div className="border-b border-gray-200 bg-white">
        <Container className="flex items-center justify-between gap-4 py-2 md:py-3">
          <Link href="/" className="flex min-h-11 min-w-0 items-center gap-4 rounded-md text-gray-900 no-underline">
            <Wordmark name={strings.siteName} agency={strings.agency} />
            <span lang="en" className="border-l border-gray-300 pl-4 text-body-sm text-gray-600 max-lg:hidden">
              {strings.siteLongName}
            </span>
          </Link>
          <div className="flex items-center gap-2 max-md:hidden">
            {actions}
            {switcher}
          </div>
        </Container>

        {/* relative: the open menu spans this whole row, below it, whatever width the summary has. */}
        <div className="relative border-t border-gray-100 md:hidden">
          <Container className="flex items-start justify-between gap-2 py-1">
            {/* No Menu to open when there is nothing in it (the first-log-in steps). */}
            {!hasMenu && <span />}
            {hasMenu && (
              <details className="group min-w-0 flex-1">
                <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-1 font-semibold text-gray-900">
                  <span aria-hidden="true" className="icon icon-menu size-5" />
                  {strings.menuOpen}
                </summary>
                <div className="absolute inset-x-0 top-full z-30 border-y border-gray-200 bg-white shadow-context-menu">
                  <Container>
                    {phoneMenu ?? (
                      <nav aria-label={strings.menuLabel}>
                        <ul className="py-2">{list('nav-link-stacked')}</ul>
                      </nav>
                    )}
                  </Container>
                </div>
              </details>
            )}
            <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
              {actions}
              {switcher}
            </div>
          </Container>
        </div>

        {links.length > 0 && (
          <nav aria-label={strings.menuLabel} className="border-t border-gray-100 max-md:hidden">
            <Container>
              <ul className="-mx-3 flex flex-wrap">{list('nav-link-row')}</ul>
            </Container>
          </nav>
        )}
      </div>
    </header>
  );
}

/** The strip every Malaysian government site opens with (MYDS Masthead), inside the page's banner landmark. */
function Masthead({ text }: { text: string }) {
  return (
    <div className="border-b border-gray-200 bg-gray-100 text-body-sm text-gray-700">
      <Container className="flex min-h-9 items-center gap-2 py-1.5">
        {/* Jalur Gemilang (.flag-my in globals.css): decorative, the text beside it says what it means. */}
        <span aria-hidden="true" className="flag-my h-3 w-6 ring-1 ring-gray-300" />
        <p>{text}</p>
      </Container>
    </div>
  );
}

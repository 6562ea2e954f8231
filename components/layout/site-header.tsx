import Link from 'next/link';
import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { Container } from './container';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { PUBLIC_NAV_ITEMS, type NavItem } from './nav-items';
import { Wordmark } from './wordmark';

export type SiteHeaderProps = {
  locale: Locale;
  /** The menu (see nav-items.ts); the public menu by default. */
  items?: readonly NavItem[];
  /** Beside the language switch, e.g. the signed-in user's name and a "Log Keluar" button. */
  actions?: ReactNode;
  /** What the phone's Menu holds instead of `items`: the signed-in pages pass the whole portal menu. */
  phoneMenu?: ReactNode;
};

const INLINE_LINK =
  'inline-flex min-h-11 items-center border-b-2 border-transparent px-3 font-medium text-gray-700 no-underline ' +
  'hover:text-primary-700 aria-[current=page]:border-primary-600 aria-[current=page]:text-primary-700';

const STACKED_LINK =
  'flex min-h-11 items-center rounded-md px-3 font-medium text-gray-800 no-underline ' +
  'hover:bg-gray-50 aria-[current=page]:bg-primary-50 aria-[current=page]:text-primary-700';

/**
 * The ECOS wordmark with Suruhanjaya Tenaga, the language switch and the main menu, without JavaScript. On a
 * phone the menu folds into a <details> "Menu" beside the language switch (the name keeps its own line), which
 * opens over the page across the full width (signed in, it holds the whole portal menu); from md up
 * the switch sits beside the name and the menu is a row of links. Each variant is display:none at the other
 * size, so assistive technology meets only one.
 */
export function SiteHeader({ locale, items = PUBLIC_NAV_ITEMS, actions, phoneMenu }: SiteHeaderProps) {
  const t = translator(locale);
  const label = t('common.menu.label');
  const hasMenu = phoneMenu !== undefined || items.length > 0;
  const links = (className: string) =>
    items.map((item) => (
      <li key={item.href}>
        <NavLink item={item} className={className}>
          {t(item.labelKey)}
        </NavLink>
      </li>
    ));

  return (
    <div className="border-b border-gray-200 bg-white">
      <Container className="flex items-center justify-between gap-4 py-2 md:py-3">
        <Link href="/" className="flex min-h-11 min-w-0 items-center gap-4 rounded-md text-gray-900 no-underline">
          <Wordmark locale={locale} />
          <span lang="en" className="border-l border-gray-300 pl-4 text-body-sm text-gray-600 max-lg:hidden">
            {t('common.siteLongName')}
          </span>
        </Link>
        <div className="flex items-center gap-2 max-md:hidden">
          {actions}
          <LanguageSwitch locale={locale} />
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
                <MenuIcon />
                {t('common.menu.open')}
              </summary>
              <div className="absolute inset-x-0 top-full z-30 border-y border-gray-200 bg-white shadow-context-menu">
                <Container>
                  {phoneMenu ?? (
                    <nav aria-label={label}>
                      <ul className="py-2">{links(STACKED_LINK)}</ul>
                    </nav>
                  )}
                </Container>
              </div>
            </details>
          )}
          <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
            {actions}
            <LanguageSwitch locale={locale} />
          </div>
        </Container>
      </div>

      {items.length > 0 && (
        <nav aria-label={label} className="border-t border-gray-100 max-md:hidden">
          <Container>
            <ul className="-mx-3 flex flex-wrap">{links(INLINE_LINK)}</ul>
          </Container>
        </nav>
      )}
    </div>
  );
}

function MenuIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      className="size-5"
    >
      <path className="group-open:hidden" d="M3 5.5h14M3 10h14M3 14.5h14" />
      <path className="hidden group-open:block" d="m5 5 10 10M15 5 5 15" />
    </svg>
  );
}

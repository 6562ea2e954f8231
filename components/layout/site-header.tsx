import Link from 'next/link';
import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { Container } from './container';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { PUBLIC_NAV_ITEMS, type NavItem } from './nav-items';

/** Up to this many items the menu wraps on a phone; beyond it, it folds into a "Menu" disclosure. */
const INLINE_ON_PHONE = 3;

export type SiteHeaderProps = {
  locale: Locale;
  /** The menu (see nav-items.ts); the public menu by default. */
  items?: readonly NavItem[];
  /** Beside the language switch, e.g. the signed-in user's name and a "Log Keluar" button. */
  actions?: ReactNode;
};

const LINK =
  'inline-flex min-h-11 items-center border-b-2 border-transparent px-3 font-medium text-gray-700 no-underline ' +
  'hover:text-primary-700 aria-[current=page]:border-primary-600 aria-[current=page]:text-primary-700';

const STACKED_LINK =
  'flex min-h-11 items-center rounded-md px-3 font-medium text-gray-800 no-underline ' +
  'hover:bg-gray-50 aria-[current=page]:bg-primary-50 aria-[current=page]:text-primary-700';

/** ECOS / Suruhanjaya Tenaga identity, the language switch and the main menu. No JavaScript needed. */
export function SiteHeader({ locale, items = PUBLIC_NAV_ITEMS, actions }: SiteHeaderProps) {
  const t = translator(locale);
  const foldOnPhone = items.length > INLINE_ON_PHONE;

  return (
    <div className="border-b border-gray-200 bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-3 rounded-md text-gray-900 no-underline">
          <span className="rounded-md bg-primary-600 px-2 py-1 font-heading text-body-lg font-bold tracking-wide text-white">
            {t('common.siteName')}
          </span>
          <span className="flex flex-col">
            <span className="font-heading text-body-md font-semibold leading-tight">{t('common.agency')}</span>
            <span lang="en" className="text-body-xs text-gray-600">
              {t('common.siteLongName')}
            </span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          <LanguageSwitch locale={locale} />
        </div>
      </Container>

      <nav aria-label={t('common.menu.label')} className="border-t border-gray-100">
        <Container>
          {foldOnPhone ? (
            <details className="group py-1 md:hidden">
              <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 font-semibold text-gray-900">
                <MenuIcon />
                {t('common.menu.open')}
              </summary>
              <ul className="pb-2">
                {items.map((item) => (
                  <li key={item.href}>
                    <NavLink item={item} className={STACKED_LINK}>
                      {t(item.labelKey)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <ul className={`-mx-3 flex flex-wrap ${foldOnPhone ? 'max-md:hidden' : ''}`}>
            {items.map((item) => (
              <li key={item.href}>
                <NavLink item={item} className={LINK}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </Container>
      </nav>
    </div>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" className="size-5 transition-transform group-open:rotate-90">
      <path d="M3 5.5h14M3 10h14M3 14.5h14" />
    </svg>
  );
}

import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getLocale } from '@/lib/i18n/server';
import { Container } from './container';
import type { NavItem } from './nav-items';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export type PageShellProps = {
  children: ReactNode;
  /** The header menu; the public menu by default (a signed-in variant passes its own list). */
  navItems?: readonly NavItem[];
  /** Rendered in the header beside the language switch (e.g. user name and Log Keluar). */
  headerActions?: ReactNode;
  /** What the phone's header Menu holds instead of `navItems` (the signed-in pages: the whole portal menu). */
  phoneMenu?: ReactNode;
  /** The language of the page's path (app/[locale]); the visitor's remembered one when left out. */
  locale?: Locale;
};

/**
 * Every page's frame: skip link, masthead and header (one banner landmark), the main content in the site
 * column, and the footer. Mobile first: one column at 360 px, the same structure on a desktop.
 */
export async function PageShell({ children, navItems, headerActions, phoneMenu, locale: pathLocale }: PageShellProps) {
  const locale = pathLocale ?? (await getLocale());
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} items={navItems} actions={headerActions} phoneMenu={phoneMenu} />
      {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1">
        <Container className="py-8 md:py-12">{children}</Container>
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}

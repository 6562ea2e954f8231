import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { PUBLIC_NAV_ITEMS, type NavItem } from './nav-items';
import { SiteHeaderView } from './site-header-view';

export type SiteHeaderProps = {
  locale: Locale;
  /** The menu (see nav-items.ts); the public menu by default. */
  items?: readonly NavItem[];
  /** Beside the language switch, e.g. the signed-in user's name and a "Log Keluar" button. */
  actions?: ReactNode;
  /** What the phone's Menu holds instead of `items`: the signed-in pages pass the whole portal menu. */
  phoneMenu?: ReactNode;
};

/**
 * The page's banner landmark: the masthead, then the ECOS wordmark with Suruhanjaya Tenaga, the language switch and the
 * main menu, without JavaScript. On a phone the menu folds into a <details> "Menu" beside the language switch (the name
 * keeps its own line), which opens over the page across the full width (signed in, it holds the whole portal menu);
 * from md up the switch sits beside the name and the menu is a row of links. Each variant is display:none at the other
 * size, so assistive technology meets only one. Here the words are looked up (the message files stay on the server);
 * site-header-view.tsx draws them.
 */
export function SiteHeader({ locale, items = PUBLIC_NAV_ITEMS, actions, phoneMenu }: SiteHeaderProps) {
  const t = translator(locale);
  return (
    <SiteHeaderView
      strings={{
        masthead: t('common.masthead'),
        siteName: t('common.siteName'),
        agency: t('common.agency'),
        siteLongName: t('common.siteLongName'),
        menuLabel: t('common.menu.label'),
        menuOpen: t('common.menu.open'),
        switchTo: t('common.switchTo'),
        switchToLabel: t('common.switchToLabel'),
      }}
      otherLocale={locale === 'ms' ? 'en' : 'ms'}
      // Only what is set: the payload spells out every prop, undefined ones too.
      links={items.map(({ href, match, labelKey }) => ({ href, label: t(labelKey), ...(match && { match }) }))}
      {...(actions !== undefined && { actions })}
      {...(phoneMenu !== undefined && { phoneMenu })}
    />
  );
}

/**
 * The header menu, as data. Only pages that exist belong here (issue 2: no link to an empty page). A variant
 * for signed-in users is another list of the same shape passed to <PageShell navItems={…}>.
 */
export type NavItem = {
  href: string;
  /** A message key, e.g. "common.menu.home". */
  labelKey: string;
  /** "exact" marks the item current only on its own path (the home page); "prefix" also on pages below it. */
  match?: 'exact' | 'prefix';
};

export const PUBLIC_NAV_ITEMS: readonly NavItem[] = [
  { href: '/', labelKey: 'common.menu.home', match: 'exact' },
  { href: '/daftar', labelKey: 'common.menu.register' },
  // The manual's header order: Syarat Permohonan, Statistik, Bantuan, Hubungi Kami.
  { href: '/syarat-permohonan', labelKey: 'content.menu.requirements' },
  { href: '/statistik', labelKey: 'content.menu.statistics' },
  { href: '/bantuan', labelKey: 'content.menu.help' },
  { href: '/hubungi-kami', labelKey: 'content.menu.contact' },
];

/** Where a menu link goes and when it is the current page: what the browser needs of a NavItem. */
export type NavTarget = Pick<NavItem, 'href' | 'match'>;

export function isCurrent(item: NavTarget, pathname: string | null): boolean {
  if (!pathname) return false;
  if (item.match === 'exact' || item.href === '/') return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** One entry of the signed-in menu: a link when `href` is set, else a service named but not built yet. */
export type PortalMenuEntry = {
  /** A message key; with `byType`, the key of an object keyed by account type (e.g. "profile.names"). */
  labelKey: string;
  href?: string;
  byType?: boolean;
  /** Shown only to accounts of this type. */
  only?: string;
  /** Shown only to these roles (Pentadbiran: officers and administrators, never an applicant). */
  roles?: readonly string[];
};

/**
 * The signed-in menu of requirements §4.1, in the manual's order, plus the Profil page the dashboard asks for
 * (§4.3). One list: the desktop sidebar and the phone's header "Menu" both draw it (issue 9 item 2). Only
 * built pages are links; the rest are named as not yet available, never a link to an empty page.
 */
export const PORTAL_MENU: readonly (readonly PortalMenuEntry[])[] = [
  [
    { labelKey: 'auth.dashboard.menu.home', href: '/dashboard' },
    { labelKey: 'auth.dashboard.menu.applications' },
    { labelKey: 'auth.dashboard.menu.status' },
    { labelKey: 'auth.dashboard.menu.formI' },
    { labelKey: 'auth.dashboard.menu.paymentNotice' },
    { labelKey: 'auth.dashboard.menu.competentPersons' },
    { labelKey: 'auth.dashboard.menu.institution', only: 'institusi' },
    { labelKey: 'auth.dashboard.menu.onlinePayment' },
    { labelKey: 'auth.dashboard.menu.fileSearch' },
  ],
  [
    { labelKey: 'auth.dashboard.menu.userInfo', href: '/maklumat-pengguna' },
    { labelKey: 'profile.names', href: '/profil', byType: true },
    { labelKey: 'auth.dashboard.menu.changePassword', href: '/tukar-katalaluan' },
    { labelKey: 'auth.dashboard.menu.guidelines' },
    { labelKey: 'auth.dashboard.menu.manual' },
  ],
  // The officer area (decision 0006); its pages check the role again, the menu only hides the way in.
  [{ labelKey: 'adminFactor.menuEntry', href: '/admin', roles: ['officer', 'admin'] }],
];

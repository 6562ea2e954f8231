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

export function isCurrent(item: NavItem, pathname: string | null): boolean {
  if (!pathname) return false;
  if (item.match === 'exact' || item.href === '/') return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

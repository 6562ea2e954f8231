'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MouseEvent, ReactNode } from 'react';
import { shownPath } from '@/lib/http/locale-rewrite';
import { isCurrent, type NavTarget } from './nav-items';

// The phone menu is a <details>; the header survives client navigation, so it would stay open over the new page.
function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  event.currentTarget.closest('details')?.removeAttribute('open');
}

/** A menu link that marks itself as the current page (aria-current), kept right across client navigation. */
export function NavLink({ item, className, children }: { item: NavTarget; className: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = isCurrent(item, pathname && shownPath(pathname));
  return (
    <Link href={item.href} aria-current={current ? 'page' : undefined} className={className} onClick={closeMenu}>
      {children}
    </Link>
  );
}

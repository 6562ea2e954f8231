'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isCurrent, type NavItem } from './nav-items';

/** A menu link that marks itself as the current page (aria-current), kept right across client navigation. */
export function NavLink({ item, className, children }: { item: NavItem; className: string; children: ReactNode }) {
  const current = isCurrent(item, usePathname());
  return (
    <Link href={item.href} aria-current={current ? 'page' : undefined} className={className}>
      {children}
    </Link>
  );
}

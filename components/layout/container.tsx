import type { ReactNode } from 'react';

/** The page column: full width on phones with an 18 px gutter, at most 1280 px on desktops (MYDS grid). */
export function Container({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `site-column ${className}` : 'site-column'}>{children}</div>;
}

import type { ReactNode } from 'react';

type HeadingProps = { children: ReactNode; id?: string; className?: string };

/** The page's one h1, in the MYDS heading scale (smaller on phones so long Malay titles do not break badly). */
export function PageTitle({ children, id, className }: HeadingProps) {
  return (
    <h1 id={id} className={`font-heading text-heading-xs font-semibold text-gray-900 sm:text-heading-sm ${className ?? ''}`}>
      {children}
    </h1>
  );
}

/** A section heading under the page title. */
export function SectionTitle({ children, id, className, as: Tag = 'h2' }: HeadingProps & { as?: 'h2' | 'h3' }) {
  return (
    <Tag id={id} className={className ? `section-title ${className}` : 'section-title'}>
      {children}
    </Tag>
  );
}

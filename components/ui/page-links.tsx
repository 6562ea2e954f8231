import Link from 'next/link';

type PageLink = { href: string; label: string };

/**
 * Previous/next links under a paged list (the officer area's lists): plain links, so paging works without
 * JavaScript, each a 44 px touch target (WCAG 2.5.8 asks 24; the portal's buttons are 44). Nothing is rendered when
 * there is nowhere to go, so no empty navigation landmark reaches a screen reader.
 */
export function PageLinks({
  label,
  previous,
  next,
  status,
}: {
  label: string;
  previous?: PageLink | null;
  next?: PageLink | null;
  status?: string;
}) {
  if (!previous && !next) return null;
  const link = 'inline-flex min-h-11 items-center font-medium text-primary-700 underline underline-offset-2';
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-6">
      {previous && (
        <Link href={previous.href} className={link}>
          {previous.label}
        </Link>
      )}
      {status && <span>{status}</span>}
      {next && (
        <Link href={next.href} className={link}>
          {next.label}
        </Link>
      )}
    </nav>
  );
}

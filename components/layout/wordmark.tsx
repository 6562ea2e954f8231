/**
 * ECOS's own mark (issue 9 item 15): an "E" of three bars on ST-navy, its middle bar a detached amber spark.
 * Original and simple on purpose: Suruhanjaya Tenaga's logo is not ours to copy. The drawing is app/icon.svg (the
 * favicon), which the stylesheet's .ecos-mark shows: one copy in the cached CSS rather than one in every page's
 * markup. Decorative: the words beside it say what it is.
 */
export function EcosMark({ className }: { className?: string }) {
  return <span aria-hidden="true" className={`ecos-mark ${className ?? ''}`} />;
}

/**
 * The mark with "ECOS" and the agency's name under it, for the header and the footer. Real text, not a picture
 * of text: it is the accessible name of the link around it, and it stays sharp at any zoom.
 */
export function Wordmark({ name, agency, className }: { name: string; agency: string; className?: string }) {
  return (
    <span className={`flex min-w-0 items-center gap-2.5 ${className ?? ''}`}>
      <EcosMark className="size-10" />
      <span className="flex min-w-0 flex-col">
        <span className="font-heading text-body-xl leading-6 font-bold tracking-wider text-primary-900">{name}</span>
        <span className="font-heading text-body-sm font-semibold text-gray-800">{agency}</span>
      </span>
    </span>
  );
}

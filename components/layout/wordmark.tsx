/**
 * ECOS's own mark (issue 9 item 15): an "E" of three bars on ST-navy, its middle bar a detached amber spark.
 * Original and simple on purpose: Suruhanjaya Tenaga's logo is not ours to copy. app/icon.svg (the favicon) is
 * the same drawing; tests/unit/wordmark.test.ts keeps the two equal.
 */
export const MARK_SHAPES = [
  { x: 0, y: 0, width: 32, height: 32, rx: 7, fill: '#1e3a8a' },
  { x: 8, y: 7, width: 4.5, height: 18, rx: 1, fill: '#ffffff' },
  { x: 8, y: 7, width: 16, height: 4.5, rx: 1, fill: '#ffffff' },
  { x: 14.5, y: 13.75, width: 9.5, height: 4.5, rx: 1, fill: '#facc15' },
  { x: 8, y: 20.5, width: 16, height: 4.5, rx: 1, fill: '#ffffff' },
] as const;

/** The mark alone. Decorative: the words beside it say what it is. */
export function EcosMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      {MARK_SHAPES.map((shape, index) => (
        <rect key={index} {...shape} />
      ))}
    </svg>
  );
}

/**
 * The mark with "ECOS" and the agency's name under it, for the header and the footer. Real text, not a picture
 * of text: it is the accessible name of the link around it, and it stays sharp at any zoom.
 */
export function Wordmark({ name, agency, className }: { name: string; agency: string; className?: string }) {
  return (
    <span className={`flex min-w-0 items-center gap-2.5 ${className ?? ''}`}>
      <EcosMark className="size-10 shrink-0" />
      <span className="flex min-w-0 flex-col">
        <span className="font-heading text-body-xl leading-6 font-bold tracking-wider text-primary-900">{name}</span>
        <span className="font-heading text-body-sm font-semibold text-gray-800">{agency}</span>
      </span>
    </span>
  );
}

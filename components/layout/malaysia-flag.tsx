'use client';

// A client component only so that each page's hydration payload names it instead of carrying its 12 shapes
// (site-header-view.tsx says why); it is rendered on the server like the rest.
/** Jalur Gemilang, drawn small for the masthead. Decorative: the masthead's text says what it means. */
const STAR = Array.from({ length: 28 }, (_, i) => {
  const radius = i % 2 === 0 ? 2.4 : 1.05;
  const angle = (Math.PI / 14) * i - Math.PI / 2;
  return `${(9.6 + radius * Math.cos(angle)).toFixed(2)},${(4 + radius * Math.sin(angle)).toFixed(2)}`;
}).join(' ');

export function MalaysiaFlag({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 28 14" aria-hidden="true" focusable="false" className={className}>
      <rect width="28" height="14" fill="#fff" />
      {Array.from({ length: 7 }, (_, i) => (
        <rect key={i} y={i * 2} width="28" height="1" fill="#cc0001" />
      ))}
      <rect width="14" height="8" fill="#010066" />
      <circle cx="5" cy="4" r="3" fill="#fc0" />
      <circle cx="5.9" cy="4" r="2.5" fill="#010066" />
      <polygon points={STAR} fill="#fc0" />
    </svg>
  );
}

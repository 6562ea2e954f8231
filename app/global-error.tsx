'use client';

import './[locale]/globals.css';
import { ErrorPanel } from '@/components/errors/error-panel';
import ms from '@/messages/ms/common.json';

/** Replaces the root layout when that itself fails, so it brings its own <html>, styles and title. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ms">
      <body className="bg-white font-sans text-gray-900 antialiased">
        <title>{ms.meta.title}</title>
        <ErrorPanel error={error} retry={retry} bilingual />
      </body>
    </html>
  );
}

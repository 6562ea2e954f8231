import { MAIN_CONTENT_ID } from '@/components/layout/skip-link';
import { NotFoundMessage } from '@/components/errors/not-found-message';
import { notFoundMetadata } from '@/components/errors/not-found-metadata';

export const generateMetadata = notFoundMetadata;

/**
 * The last resort, inside the root layout only. Unknown addresses reach the public frame's own 404 through
 * app/[locale]/(public)/[...tiada]; a notFound() in the signed-in area reaches app/[locale]/(portal)/not-found.tsx.
 */
export default function NotFound() {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10">
      <NotFoundMessage />
    </main>
  );
}

import { notFound } from 'next/navigation';

/** Every address no page answers: the 404 inside the public frame (app/[locale]/(public)/not-found.tsx). */
export default function Unknown(): never {
  notFound();
}

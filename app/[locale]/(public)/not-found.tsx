import { NotFoundMessage } from '@/components/errors/not-found-message';
import { notFoundMetadata } from '@/components/errors/not-found-metadata';

export const generateMetadata = notFoundMetadata;

/** Inside the public frame (the group's layout), so the visitor can carry on. */
export default function PublicNotFound() {
  return <NotFoundMessage />;
}

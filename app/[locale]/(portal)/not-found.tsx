import { NotFoundMessage } from '@/components/errors/not-found-message';
import { notFoundMetadata } from '@/components/errors/not-found-metadata';

export const generateMetadata = notFoundMetadata;

/** A notFound() in the signed-in area (an unknown record, a page the role may not see), inside its frame. */
export default function PortalNotFound() {
  return <NotFoundMessage />;
}

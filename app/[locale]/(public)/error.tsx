'use client';

import { ErrorPanel } from '@/components/errors/error-panel';

/** Errors in a public page keep the masthead, header and footer around them (the layout stays up). */
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} inShell />;
}

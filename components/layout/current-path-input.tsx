'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { shownPath } from '@/lib/http/locale-rewrite';

/**
 * A hidden field holding the page's own path, so that a form posting elsewhere (the language switch) can bring
 * the visitor back. A client component because layouts are not re-rendered on client-side navigation: a path
 * read on the server would go stale. It is still rendered on the server, so it works without JavaScript.
 */
export function CurrentPathInput({ name }: { name: string }) {
  const pathname = usePathname();
  const search = useSearchParams()?.toString();
  const value = pathname ? `${shownPath(pathname)}${search ? `?${search}` : ''}` : '/';
  return <input type="hidden" name={name} value={value} />;
}

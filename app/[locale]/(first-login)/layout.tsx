import type { ReactNode } from 'react';
import { SignedInShell } from '@/components/auth/signed-in-shell';
import { requireUser } from '@/lib/auth/guards';

/** The three first-log-in steps (requirements §3). Each page checks its own step; this only needs a session. */
export default async function FirstLoginLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return <SignedInShell user={user}>{children}</SignedInShell>;
}

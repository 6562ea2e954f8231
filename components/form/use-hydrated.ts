'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server's HTML and during hydration, true once the page's script runs: for a form that shows
 * its no-JavaScript fallbacks (a Teruskan button, every field of every type) until the script can take
 * over. useSyncExternalStore rather than a state set in an effect: one render, no cascade.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

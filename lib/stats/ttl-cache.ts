/** Milliseconds since the epoch; injected in tests. */
export type Clock = () => number;

/**
 * Remembers the result of `load` for `ttlMs`. Callers in the same window share one load, including one still
 * running, so a burst of visitors costs the database one query. A failed load is forgotten at once, so the
 * next caller tries again instead of seeing the error for a whole window.
 *
 * In-process: each server instance keeps its own copy, which is fine for figures that may be a minute old.
 */
export function ttlCache<T>(load: () => Promise<T>, { ttlMs, now = Date.now }: { ttlMs: number; now?: Clock }): () => Promise<T> {
  let entry: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = now();
    // A clock set back (at < entry.at) also reloads, rather than serving old figures until it catches up.
    if (entry && at >= entry.at && at - entry.at < ttlMs) return entry.value;
    const current = { at, value: load() };
    entry = current;
    current.value.catch(() => {
      if (entry === current) entry = undefined;
    });
    return current.value;
  };
}

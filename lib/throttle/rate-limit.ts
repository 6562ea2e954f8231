import { lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number; count: number };

/** The longest window any limit uses (a day): older windows are over, whatever their length. */
const LONGEST_WINDOW_MS = 24 * 3600 * 1000;

/**
 * A fixed-window counter in the database, so a limit holds across every server instance. One upsert per
 * hit, which counts before the caller does anything (no check-then-act); old windows go in the scheduled
 * sweep (lib/maintenance/sweep.ts).
 */
export async function hitRateLimit(
  bucket: string,
  key: string,
  limit: number,
  windowSeconds = 60,
  now = new Date(),
): Promise<RateLimitResult> {
  const db = await getDb();
  const windowStart = rateWindowStart(now, windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return rateLimitResult(row.count, limit, windowSeconds, now);
}

/** The start of the fixed window `now` falls in. */
export function rateWindowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** What a window's count, this hit included, means for the hit. */
export function rateLimitResult(count: number, limit: number, windowSeconds: number, now: Date): RateLimitResult {
  const end = rateWindowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((end - now.getTime()) / 1000)), count };
}

/** Deletes the windows that are over; returns how many went. */
export async function sweepRateLimits(now = new Date()): Promise<number> {
  const db = await getDb();
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - LONGEST_WINDOW_MS)))
    .returning({ key: rateLimits.key });
  return gone.length;
}

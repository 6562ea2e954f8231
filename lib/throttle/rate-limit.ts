import { lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number; count: number };

/**
 * A fixed-window counter in the database, so a limit holds across every server instance. One upsert per
 * hit; old windows are swept now and then rather than on every request.
 */
/** Sweeps old windows on about one hit in a hundred. */
let sweep = () => Math.random() < 0.01;

/** For tests: make every hit sweep (or none). */
export function setRateLimitSweep(decide: () => boolean): void {
  sweep = decide;
}

export async function hitRateLimit(
  bucket: string,
  key: string,
  limit: number,
  windowSeconds = 60,
  now = new Date(),
): Promise<RateLimitResult> {
  const db = await getDb();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if (sweep()) {
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)));
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: row.count <= limit, retryAfterSeconds, count: row.count };
}

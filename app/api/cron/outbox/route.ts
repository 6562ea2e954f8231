import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/config/env';
import { sweepExpired } from '@/lib/maintenance/sweep';
import { deliverDueEmails } from '@/lib/mail/outbox';

/**
 * For serverless hosts, where no timer runs between requests: a scheduler calls this to deliver due mail
 * and sweep expired rows.
 * Absent (404) unless CRON_SECRET is set; the caller sends `Authorization: Bearer <CRON_SECRET>`.
 */
export const dynamic = 'force-dynamic';

function digest(value: string): Buffer {
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret's length.
  return createHash('sha256').update(value).digest();
}

async function handle(request: Request): Promise<Response> {
  const secret = env().CRON_SECRET;
  if (!secret) return Response.json({ error: 'not_found' }, { status: 404 });
  const given = request.headers.get('authorization') ?? '';
  if (!timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  const result = await deliverDueEmails();
  // Serverless hosts have no timer: the expired rows go here too (lib/maintenance/sweep.ts).
  const swept = await sweepExpired();
  return Response.json({ ...result, swept }, { headers: { 'cache-control': 'no-store' } });
}

export const POST = handle;
// Some schedulers (Vercel Cron among them) can only send GET.
export const GET = handle;

import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';

let warned = false;

/**
 * The address the recovery link is built on when APP_URL is not set: the origin the browser posted from.
 * Next.js has already refused a server action whose Origin differs from its Host. In production set
 * APP_URL: a Host header is the client's to choose, and a forged one would put a stranger's site in the
 * link mailed to a real user ("password reset poisoning").
 */
export async function requestOrigin(): Promise<string> {
  const settings = env();
  if (settings.NODE_ENV === 'production' && !settings.APP_URL && !warned) {
    warned = true;
    log.warn('recovery.app_url_missing', { advice: 'set APP_URL so recovery links do not follow the Host header' });
  }
  const h = await headers();
  const origin = h.get('origin');
  if (origin && /^https?:\/\/[^/\s]+$/i.test(origin)) return origin;
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/config/env';

/**
 * The site's origin for links in e-mails: APP_URL when set (production should set it), else the Origin the
 * browser sent with this server action — Next refuses an action whose Origin does not match the Host, so
 * it names this site.
 */
export async function linkBase(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const h = await headers();
  const origin = h.get('origin');
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `http://${h.get('host') ?? 'localhost:3000'}`;
}

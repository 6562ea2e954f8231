import { env } from '@/lib/config/env';

/**
 * The client address for throttles and audit (SPEC §8): X-Forwarded-For is trusted only through the number
 * of proxy hops TRUSTED_PROXY_HOPS names, counted from the right, so a client cannot forge its own address.
 */
export function clientAddress(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (hops > 0 && forwarded.length >= hops) return forwarded[forwarded.length - hops];
  // Next.js itself appends the peer address as the last X-Forwarded-For entry.
  return forwarded.at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}

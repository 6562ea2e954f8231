import { env } from '@/lib/config/env';
import { PEER_ADDRESS_HEADER, PEER_ADDRESS_MARK } from './peer-address.mjs';

/**
 * The client address that keys throttles and goes into the audit log (requirements §8.2, §10.1): one
 * the client cannot choose.
 * - TRUSTED_PROXY_HOPS=0: the TCP peer, as the start script (server.mjs) wrote it into its own header.
 * - TRUSTED_PROXY_HOPS=N: the N-th X-Forwarded-For entry from the right — the address the outermost of our N
 *   proxies saw — since each trusted proxy appends the address it was connected from. A request with fewer
 *   entries did not pass through all of them: its peer is the answer.
 * Next.js keeps a client-sent X-Forwarded-For as it is, so without the start script the peer is unknown;
 * production refuses to start that way (lib/server/start.ts), and development falls back to the header.
 */
export function clientAddress(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const peer = peerAddress(headers);
  if (hops > 0) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const entry = forwarded.length >= hops ? forwarded[forwarded.length - hops] : undefined;
    return displayAddress(entry ?? peer ?? 'unknown');
  }
  if (peer) return displayAddress(peer);
  // Development server (`next dev`) only: Next sets X-Forwarded-For to the peer when the client sent none.
  return displayAddress(headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown');
}

/** Whether this process was started by server.mjs, which writes the peer address into its own header. */
export function peerAddressKnown(): boolean {
  return process.env[PEER_ADDRESS_MARK] === '1';
}

function peerAddress(headers: Headers): string | null {
  if (!peerAddressKnown()) return null;
  return headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
}

/**
 * An address as people know it: IPv4 clients of a dual-stack socket show as 127.0.0.1, not
 * ::ffff:127.0.0.1. Anything that is not an address (a forged header value) is cut to a safe form.
 */
export function displayAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  if (mapped) return mapped[1]!;
  return /^[0-9a-f:.]{2,45}$/.test(trimmed) ? trimmed : 'unknown';
}

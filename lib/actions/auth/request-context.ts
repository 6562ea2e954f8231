import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/http/client-address';

/** The client address and user agent of the current request, for consent records and audit rows. */
export async function requestContext(): Promise<{ ip: string; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientAddress(h), userAgent: h.get('user-agent') };
}

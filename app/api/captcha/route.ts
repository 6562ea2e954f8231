import { createCaptchaChallenge } from '@/lib/captcha';
import { clientAddress } from '@/lib/http/client-address';
import { getLocale } from '@/lib/i18n/server';
import { hitRateLimit } from '@/lib/throttle/rate-limit';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A new challenge for the "new code" button when JavaScript runs; without it the form posts instead. */
export async function POST(request: Request) {
  const limit = await hitRateLimit('captcha', clientAddress(request.headers), 60);
  if (!limit.allowed) {
    return Response.json(
      { error: 'too_many_requests' },
      { status: 429, headers: { ...NO_STORE, 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  }
  const challenge = await createCaptchaChallenge(await getLocale());
  return Response.json(challenge, { headers: NO_STORE });
}

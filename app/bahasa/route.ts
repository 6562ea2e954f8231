import { env } from '@/lib/config/env';
import { safeNextPath } from '@/lib/http/safe-redirect';
import { LOCALE_COOKIE, LOCALES, type Locale } from '@/lib/i18n/locales';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The language switch: a plain form post, so it works without JavaScript. Remembers the choice for a year and
 * sends the visitor back to the page they were on (303, so the browser follows with a GET).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const locale = form?.get('locale');
  const next = safeNextPath(form?.get('next'));

  // A relative Location keeps the visitor on the host they used, whatever proxies sit in front.
  const headers = new Headers({ Location: next, 'Cache-Control': 'no-store' });
  if (typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale)) {
    headers.append('Set-Cookie', localeCookie(locale as Locale));
  }
  return new Response(null, { status: 303, headers });
}

function localeCookie(locale: Locale): string {
  const settings = env();
  const secure = settings.SECURE_COOKIES ?? settings.NODE_ENV === 'production';
  return [
    `${LOCALE_COOKIE}=${locale}`,
    'Path=/',
    `Max-Age=${ONE_YEAR_SECONDS}`,
    'SameSite=Lax',
    'HttpOnly',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

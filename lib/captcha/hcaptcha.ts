import 'server-only';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';

const TIMEOUT_MS = 5000;

/**
 * Asks hCaptcha's siteverify whether the widget's token is good. Fails closed: a network error, a timeout or
 * an unreadable answer counts as "not verified", never as a pass.
 */
export async function verifyHcaptchaToken(token: string, ip?: string): Promise<boolean> {
  const { HCAPTCHA_SECRET, HCAPTCHA_SITE_KEY, HCAPTCHA_VERIFY_URL } = env();
  if (!token || !HCAPTCHA_SECRET) return false;
  const body = new URLSearchParams({ secret: HCAPTCHA_SECRET, response: token });
  if (HCAPTCHA_SITE_KEY) body.set('sitekey', HCAPTCHA_SITE_KEY);
  if (ip && ip !== 'unknown') body.set('remoteip', ip);
  try {
    const response = await fetch(HCAPTCHA_VERIFY_URL, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: 'no-store',
    });
    if (!response.ok) {
      log.warn('captcha_verify_http_error', { status: response.status });
      return false;
    }
    const result = (await response.json()) as { success?: unknown; 'error-codes'?: unknown };
    if (result.success !== true) log.info('captcha_verify_refused', { codes: result['error-codes'] });
    return result.success === true;
  } catch (error) {
    log.warn('captcha_verify_unreachable', { error });
    return false;
  }
}

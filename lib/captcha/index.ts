import 'server-only';
import { env, type Env } from '@/lib/config/env';
import type { Locale } from '@/lib/i18n/locales';
import { log } from '@/lib/log/logger';
import { createBuiltinChallenge, verifyBuiltinAnswer, type BuiltinChallenge } from './builtin';
import { verifyHcaptchaToken } from './hcaptcha';

/**
 * One captcha interface for the registration form, whichever provider CAPTCHA_PROVIDER names:
 * builtin (self-hosted picture + text question, works offline and without JavaScript), hcaptcha, or test
 * (a fixed answer for automated tests of a built app).
 */
export type CaptchaChallenge = BuiltinChallenge | { provider: 'hcaptcha'; siteKey: string } | { provider: 'test' };

export { CAPTCHA_REFRESH_INTENT } from './shared';

export async function createCaptchaChallenge(locale: Locale): Promise<CaptchaChallenge> {
  const settings = env();
  switch (settings.CAPTCHA_PROVIDER) {
    case 'hcaptcha':
      return { provider: 'hcaptcha', siteKey: settings.HCAPTCHA_SITE_KEY ?? '' };
    case 'test':
      return { provider: 'test' };
    default:
      return createBuiltinChallenge(locale);
  }
}

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** True once per solved challenge. Form fields: captcha_id + captcha_answer, or h-captcha-response. */
export async function verifyCaptcha(form: FormData, ip?: string): Promise<boolean> {
  const settings = env();
  switch (settings.CAPTCHA_PROVIDER) {
    case 'hcaptcha':
      return verifyHcaptchaToken(field(form, 'h-captcha-response'), ip);
    case 'test':
      // Exactly the configured value: no trimming or case folding, so a test cannot pass by accident.
      return settings.CAPTCHA_TEST_ANSWER !== undefined && field(form, 'captcha_answer') === settings.CAPTCHA_TEST_ANSWER;
    default:
      return verifyBuiltinAnswer(field(form, 'captcha_id'), field(form, 'captcha_answer'));
  }
}

/** The test provider lets anyone who knows one string through: say so loudly at every start. */
export function warnIfTestCaptcha(): void {
  if (env().CAPTCHA_PROVIDER === 'test') {
    log.warn('captcha_test_provider_active', {
      detail: 'CAPTCHA_PROVIDER=test accepts a fixed answer; never use it on a public server',
    });
  }
}

/**
 * The built-in picture's markup no longer gives the code away (tests/unit/captcha-solver.test.ts), but like
 * any distorted-text captcha it can be read by software trained on enough of them: it is for development
 * and small deployments, and a production server says so at every start. `settings` is for tests.
 */
export function warnIfBuiltinCaptchaInProduction(settings: Pick<Env, 'NODE_ENV' | 'CAPTCHA_PROVIDER'> = env()): void {
  if (settings.NODE_ENV === 'production' && settings.CAPTCHA_PROVIDER === 'builtin') {
    log.warn('captcha_builtin_in_production', {
      detail:
        'CAPTCHA_PROVIDER=builtin is for development and small deployments; ' +
        'hCaptcha (CAPTCHA_PROVIDER=hcaptcha) is the production choice',
    });
  }
}

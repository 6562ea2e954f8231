/** @jest-environment node */
import { parseEnv } from '@/lib/config/env';

const base = { NODE_ENV: 'development', AUTH_SECRET: 'x'.repeat(40) } as NodeJS.ProcessEnv;

test('with nothing set, development runs on defaults', () => {
  const env = parseEnv(base);
  expect(env.CAPTCHA_PROVIDER).toBe('builtin');
  expect(env.STAFF_EMAIL_DOMAIN).toBe('st.gov.my');
  expect(env.GENERATED_PASSWORD_TTL_HOURS).toBe(24);
  expect(env.PASSWORD_MAX_LENGTH).toBe(12);
  expect(env.LOCKOUT_THRESHOLD).toBe(5);
  expect(env.DATABASE_URL).toBeUndefined();
});

test.each([
  [{ DATABASE_URL: 'mysql://x' }, /^Invalid setting DATABASE_URL: /],
  [{ CAPTCHA_PROVIDER: 'recaptcha' }, /^Invalid setting CAPTCHA_PROVIDER: /],
  [{ CAPTCHA_PROVIDER: 'test' }, /^Invalid setting CAPTCHA_TEST_ANSWER: is required/],
  [{ CAPTCHA_PROVIDER: 'hcaptcha', HCAPTCHA_SITE_KEY: 'k' }, /^Invalid setting HCAPTCHA_SECRET: /],
  [{ GENERATED_PASSWORD_TTL_HOURS: '48' }, /^Invalid setting GENERATED_PASSWORD_TTL_HOURS: NIST/],
  [{ LOCKOUT_THRESHOLD: 'five' }, /^Invalid setting LOCKOUT_THRESHOLD: /],
  [{ STAFF_EMAIL_DOMAIN: 'not a domain' }, /^Invalid setting STAFF_EMAIL_DOMAIN: /],
  [{ NODE_ENV: 'production', AUTH_SECRET: undefined }, /^Invalid setting AUTH_SECRET: is required when NODE_ENV=production/],
  [{ AUTH_SECRET: 'short' }, /^Invalid setting AUTH_SECRET: must be at least 32/],
])('a bad setting %j stops the start with one line naming it', (override, message) => {
  expect(() => parseEnv({ ...base, ...override } as NodeJS.ProcessEnv)).toThrow(message);
});

test('the staff domain is compared in lower case', () => {
  expect(parseEnv({ ...base, STAFF_EMAIL_DOMAIN: 'ST.GOV.MY' } as NodeJS.ProcessEnv).STAFF_EMAIL_DOMAIN).toBe('st.gov.my');
});

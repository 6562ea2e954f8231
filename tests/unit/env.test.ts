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

describe('production needs a public address and a mail service', () => {
  const production = { ...base, NODE_ENV: 'production', APP_URL: 'https://ecos.st.gov.my' } as NodeJS.ProcessEnv;

  test.each([
    [
      'no RESEND_API_KEY',
      { RESEND_API_KEY: undefined },
      'Invalid setting RESEND_API_KEY: is required when NODE_ENV=production (or set MAIL_TRANSPORT=log to deliver no mail on purpose)',
    ],
    [
      'the development mailbox',
      { RESEND_API_KEY: undefined, MAIL_TRANSPORT: 'mailbox' },
      'Invalid setting MAIL_TRANSPORT: cannot be mailbox when NODE_ENV=production',
    ],
    [
      'MAIL_TRANSPORT=resend without a key',
      { RESEND_API_KEY: undefined, MAIL_TRANSPORT: 'resend' },
      /^Invalid setting RESEND_API_KEY: is required/,
    ],
    [
      'the development mailbox even with a key',
      { RESEND_API_KEY: 're_key', MAIL_TRANSPORT: 'mailbox' },
      'Invalid setting MAIL_TRANSPORT: cannot be mailbox when NODE_ENV=production',
    ],
    ['no APP_URL', { RESEND_API_KEY: 're_key', APP_URL: undefined }, /^Invalid setting APP_URL: is required when NODE_ENV=production/],
    [
      'an APP_URL with a path',
      { RESEND_API_KEY: 're_key', APP_URL: 'https://ecos.st.gov.my/daftar' },
      /^Invalid setting APP_URL: must be an origin/,
    ],
    ['an unknown MAIL_TRANSPORT', { MAIL_TRANSPORT: 'smtp' }, /^Invalid setting MAIL_TRANSPORT: /],
  ])('%s is refused with one line naming the setting', (_case, override, message) => {
    expect(() => parseEnv({ ...production, ...override } as NodeJS.ProcessEnv)).toThrow(message);
  });

  test('a refusal is one line', () => {
    expect(() => parseEnv(production)).toThrow(/^[^\n]+$/);
  });

  test('with RESEND_API_KEY, or MAIL_TRANSPORT=log on purpose, production starts', () => {
    expect(parseEnv({ ...production, RESEND_API_KEY: 're_key' } as NodeJS.ProcessEnv).MAIL_TRANSPORT).toBeUndefined();
    expect(parseEnv({ ...production, MAIL_TRANSPORT: 'log' } as NodeJS.ProcessEnv).MAIL_TRANSPORT).toBe('log');
    expect(parseEnv({ ...production, MAIL_TRANSPORT: 'resend', RESEND_API_KEY: 're_key' } as NodeJS.ProcessEnv).MAIL_TRANSPORT).toBe(
      'resend',
    );
  });

  test('MAIL_TRANSPORT=resend without a key is refused outside production too', () => {
    expect(() => parseEnv({ ...base, MAIL_TRANSPORT: 'resend' } as NodeJS.ProcessEnv)).toThrow(
      'Invalid setting RESEND_API_KEY: is required when MAIL_TRANSPORT=resend',
    );
  });
});

test('the staff domain is compared in lower case', () => {
  expect(parseEnv({ ...base, STAFF_EMAIL_DOMAIN: 'ST.GOV.MY' } as NodeJS.ProcessEnv).STAFF_EMAIL_DOMAIN).toBe('st.gov.my');
});

describe('the settings the public pages show (built into them, decision 0008)', () => {
  const saved = process.env.ECOS_BUILT_PAGE_SETTINGS;
  afterEach(() => {
    if (saved === undefined) delete process.env.ECOS_BUILT_PAGE_SETTINGS;
    else process.env.ECOS_BUILT_PAGE_SETTINGS = saved;
  });

  it('are what the build recorded, even where the running process says otherwise', async () => {
    const { builtPageSettings } = await import('@/lib/config/page-setting-keys.mjs');
    process.env.ECOS_BUILT_PAGE_SETTINGS = builtPageSettings({ LOCKOUT_THRESHOLD: '3', AUTH_SECRET: 'never recorded' });
    expect(process.env.ECOS_BUILT_PAGE_SETTINGS).toBe('{"LOCKOUT_THRESHOLD":"3"}');
    const { pageSettings } = await import('@/lib/config/env');
    expect(pageSettings()).toMatchObject({ LOCKOUT_THRESHOLD: 3, GENERATED_PASSWORD_TTL_HOURS: 24, STAFF_EMAIL_DOMAIN: 'st.gov.my' });
  });

  it('stop a server started with other values, naming the setting and both values', async () => {
    const { checkPageSettings } = await import('@/lib/config/env');
    process.env.ECOS_BUILT_PAGE_SETTINGS = '{"LOCKOUT_THRESHOLD":"3"}';
    expect(() => checkPageSettings({ LOCKOUT_THRESHOLD: '3' })).not.toThrow();
    expect(() => checkPageSettings({ LOCKOUT_THRESHOLD: '5' })).toThrow(
      /^Invalid setting LOCKOUT_THRESHOLD: 5 here, but the public pages were built with 3; build again/,
    );
    // A default is the same value whether it was written out or not.
    process.env.ECOS_BUILT_PAGE_SETTINGS = '{}';
    expect(() => checkPageSettings({ STAFF_EMAIL_DOMAIN: 'ST.gov.my', GENERATED_PASSWORD_TTL_HOURS: '24' })).not.toThrow();
    expect(() => checkPageSettings({ STAFF_EMAIL_DOMAIN: 'tenaga.my' })).toThrow(/^Invalid setting STAFF_EMAIL_DOMAIN: tenaga.my here/);
  });

  it('are read from the process itself where nothing was built (jest, scripts)', async () => {
    delete process.env.ECOS_BUILT_PAGE_SETTINGS;
    const { checkPageSettings, pageSettings } = await import('@/lib/config/env');
    expect(() => checkPageSettings({ LOCKOUT_THRESHOLD: '9' })).not.toThrow();
    expect(pageSettings({ PASSWORD_MAX_LENGTH: '20' }).PASSWORD_MAX_LENGTH).toBe(20);
  });
});

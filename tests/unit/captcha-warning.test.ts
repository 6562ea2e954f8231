/** @jest-environment node */
import { warnIfBuiltinCaptchaInProduction } from '@/lib/captcha';
import { resetEnv } from '@/lib/config/env';

let lines: unknown[];
let restore: () => void;
beforeEach(() => {
  // The logger writes warnings to stderr as one JSON line each; LOG_LEVEL is "silent" in tests otherwise.
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'warn';
  resetEnv();
  lines = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((line: unknown) => {
    lines.push(JSON.parse(String(line)));
  });
  restore = () => {
    spy.mockRestore();
    if (level === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = level;
    resetEnv();
  };
});
afterEach(() => restore());

test('the built-in captcha in production warns at start that hCaptcha is the production choice', () => {
  warnIfBuiltinCaptchaInProduction({ NODE_ENV: 'production', CAPTCHA_PROVIDER: 'builtin' });
  expect(lines).toEqual([
    expect.objectContaining({
      level: 'warn',
      event: 'captcha_builtin_in_production',
      detail: expect.stringMatching(/hCaptcha \(CAPTCHA_PROVIDER=hcaptcha\) is the production choice/),
    }),
  ]);
});

test.each([
  ['development', 'builtin'],
  ['test', 'builtin'],
  ['production', 'hcaptcha'],
] as const)('NODE_ENV=%s with CAPTCHA_PROVIDER=%s says nothing', (NODE_ENV, CAPTCHA_PROVIDER) => {
  warnIfBuiltinCaptchaInProduction({ NODE_ENV, CAPTCHA_PROVIDER });
  expect(lines).toEqual([]);
});

test('without arguments it reads the settings (here: NODE_ENV=test, so no warning)', () => {
  warnIfBuiltinCaptchaInProduction();
  expect(lines).toEqual([]);
});

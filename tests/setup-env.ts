// Tests never touch .data/: a fixed secret, and each test file opens its own database (tests/helpers/db.ts).
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123456789';
process.env.CAPTCHA_PROVIDER = 'builtin';
process.env.LOG_LEVEL ??= 'silent';
delete process.env.RESEND_API_KEY;
if (!process.env.DATABASE_URL || !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL)) {
  process.env.DATABASE_URL = 'pglite:memory';
}

import { z } from 'zod';
import { dataDir, localSecret } from './local-secret';
import { PAGE_SETTING_KEYS, type PageSettingKey } from './page-setting-keys.mjs';

/**
 * Every setting the application reads, validated once. A missing or malformed value stops the start with
 * one line naming it, rather than failing later in the middle of a user's request.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

const fields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|pglite:.+)$/, 'must be postgres://…, postgresql://…, pglite:<dir> or pglite:memory')
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  OUTBOX_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  // Key rotation: the value each replaced, still accepted for what it made (lib/crypto/secrets.ts).
  AUTH_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  OUTBOX_KEY_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  // Unset: Resend when RESEND_API_KEY is set, else the development mailbox (refused in production).
  // `log` writes each message's envelope to the log and delivers nothing: a deliberate choice, warned about.
  MAIL_TRANSPORT: z.enum(['resend', 'mailbox', 'log']).optional(),
  MAIL_FROM: z.string().min(3).default('ECOS Suruhanjaya Tenaga <no-reply@st.gov.my>'),
  CRON_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  CAPTCHA_PROVIDER: z.enum(['builtin', 'hcaptcha', 'test']).default('builtin'),
  CAPTCHA_TEST_ANSWER: z.string().min(1).optional(),
  HCAPTCHA_SITE_KEY: z.string().min(1).optional(),
  HCAPTCHA_SECRET: z.string().min(1).optional(),
  HCAPTCHA_VERIFY_URL: z.url().default('https://api.hcaptcha.com/siteverify'),
  STAFF_EMAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a domain such as st.gov.my')
    .transform((d) => d.toLowerCase())
    .default('st.gov.my'),
  GENERATED_PASSWORD_TTL_HOURS: positiveInt.max(24, 'NIST SP 800-63B allows at most 24 hours').default(24),
  PASSWORD_MAX_LENGTH: positiveInt.min(12).max(64).default(12),
  LOCKOUT_THRESHOLD: positiveInt.default(5),
  LOCKOUT_BASE_MINUTES: positiveInt.default(15),
  LOCKOUT_MAX_HOURS: positiveInt.default(24),
  LOGIN_RATE_PER_MINUTE: positiveInt.default(20),
  REGISTER_RATE_PER_MINUTE: positiveInt.default(10),
  REGISTER_RATE_PER_HOUR: positiveInt.default(30),
  REGISTER_EMAILS_PER_DAY: positiveInt.default(3),
  RECOVERY_RATE_PER_HOUR: positiveInt.default(20),
  RECOVERY_ANSWERS_PER_DAY: positiveInt.default(10),
  // The bounded queue in front of Argon2 (lib/crypto/hash-queue.ts). Unset concurrency: os.availableParallelism().
  HASH_CONCURRENCY: positiveInt.max(256).optional(),
  HASH_QUEUE_MAX: positiveInt.optional(),
  HASH_QUEUE_WAIT_MS: positiveInt.max(60_000).default(2000),
  // Log-in requests handled at once; the next gets 503 with Retry-After from server.mjs (lib/http/log-in-gate.mjs,
  // which reads it itself: unset, HASH_CONCURRENCY × 2).
  LOGIN_MAX_IN_FLIGHT: positiveInt.optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  OUTBOX_POLL_SECONDS: positiveInt.default(30),
  // E-mails one process sends at once (lib/mail/outbox.ts): a provider answer held to the 15 s timeout stalls one
  // lane, not the queue. Each lane holds a database connection while it sends (the pool has 10).
  OUTBOX_CONCURRENCY: positiveInt.max(8).default(3),
  // /api/ready answers 503 when the oldest e-mail still waiting to go out is older than this.
  READY_OUTBOX_MAX_MINUTES: positiveInt.default(15),
  // On SIGTERM/SIGINT, requests and the e-mail being delivered get this long to finish (lib/server/shutdown.ts).
  SHUTDOWN_GRACE_SECONDS: positiveInt.max(600).default(10),
  APP_URL: z
    .url()
    .regex(/^https?:\/\/[^/?#]+\/?$/i, 'must be an origin such as https://ecos.st.gov.my (no path)')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SECURE_COOKIES: bool.optional(),
});

const schema = fields.superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required when NODE_ENV=production' });
  }
  if (env.NODE_ENV === 'production' && !env.APP_URL) {
    // Links in e-mails are never built from request headers, which the client chooses (requirements §8.3).
    ctx.addIssue({
      code: 'custom',
      path: ['APP_URL'],
      message: 'is required when NODE_ENV=production (the public address used in e-mailed links)',
    });
  }
  if (env.NODE_ENV === 'production') {
    const transport = env.MAIL_TRANSPORT ?? (env.RESEND_API_KEY ? 'resend' : 'mailbox');
    if (env.MAIL_TRANSPORT === 'mailbox') {
      // Its page is 404 in production: the mail would be kept where nobody can read it.
      ctx.addIssue({ code: 'custom', path: ['MAIL_TRANSPORT'], message: 'cannot be mailbox when NODE_ENV=production' });
    } else if (transport === 'mailbox') {
      ctx.addIssue({
        code: 'custom',
        path: ['RESEND_API_KEY'],
        message: 'is required when NODE_ENV=production (or set MAIL_TRANSPORT=log to deliver no mail on purpose)',
      });
    }
  }
  if (env.MAIL_TRANSPORT === 'resend' && !env.RESEND_API_KEY) {
    ctx.addIssue({ code: 'custom', path: ['RESEND_API_KEY'], message: 'is required when MAIL_TRANSPORT=resend' });
  }
  if (env.CAPTCHA_PROVIDER === 'test' && !env.CAPTCHA_TEST_ANSWER) {
    ctx.addIssue({ code: 'custom', path: ['CAPTCHA_TEST_ANSWER'], message: 'is required when CAPTCHA_PROVIDER=test' });
  }
  if (env.CAPTCHA_PROVIDER === 'hcaptcha') {
    for (const key of ['HCAPTCHA_SITE_KEY', 'HCAPTCHA_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when CAPTCHA_PROVIDER=hcaptcha' });
    }
  }
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

const pageFields = fields.pick(Object.fromEntries(PAGE_SETTING_KEYS.map((key) => [key, true])) as Record<PageSettingKey, true>);
export type PageSettings = z.infer<typeof pageFields>;

/**
 * The settings the public pages show (the help page's lock-out rules, the generated password's hours, the staff
 * domain). Those pages are rendered when the application is built (decision 0008), so they read the values the
 * build had (next.config.mjs records them); `checkPageSettings` refuses a start with other values.
 */
export function pageSettings(source: Record<string, string | undefined> = recordedPageSettings() ?? process.env): PageSettings {
  const result = pageFields.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`Invalid setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The page settings next.config.mjs recorded at build (lib/config/page-setting-keys.mjs builtPageSettings). */
function recordedPageSettings(): Record<string, string | undefined> | undefined {
  // Replaced by its value when Next.js compiles this file (next.config.mjs `env`); absent under jest and tsx.
  const built = process.env.ECOS_BUILT_PAGE_SETTINGS;
  return built ? JSON.parse(built) : undefined;
}

/** Stops a start whose page settings differ from the build's: the public pages would state rules not enforced. */
export function checkPageSettings(running: Record<string, string | undefined> = process.env): void {
  const built = recordedPageSettings();
  if (!built) return;
  const [was, now] = [pageSettings(built), pageSettings(running)];
  const changed = PAGE_SETTING_KEYS.find((key) => was[key] !== now[key]);
  if (changed) {
    throw new ConfigError(
      `Invalid setting ${changed}: ${now[changed]} here, but the public pages were built with ${was[changed]}; build again with this value (docs/decisions/0008-static-public-pages.md)`,
    );
  }
}

export class ConfigError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`Invalid setting ${issue.path.join('.')}: ${issue.message}`);
  }
  const env = result.data;
  // Outside production a secret is generated once and kept in .data/, so sessions and queued mail survive
  // restarts of `npm run dev` with no setup at all.
  const secret = env.AUTH_SECRET ?? localSecret();
  return { ...env, AUTH_SECRET: secret };
}

let cached: Env | undefined;

/** The validated settings. Re-read in tests through `resetEnv()`. */
export function env(): Env {
  if (!cached) cached = parseEnv(process.env);
  return cached;
}

export function resetEnv(): void {
  cached = undefined;
}

export { dataDir };

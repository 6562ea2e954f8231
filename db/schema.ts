import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();

export const userTypeEnum = pgEnum('user_type', ['individu', 'syarikat', 'institusi', 'kakitangan']);
export const idTypeEnum = pgEnum('id_type', ['mykad', 'ssm_new', 'ssm_old', 'institusi', 'staff']);
export const userStatusEnum = pgEnum('user_status', ['pending', 'active', 'locked', 'disabled']);
export const roleEnum = pgEnum('user_role', ['user', 'officer', 'admin']);

/** The first-log-in steps, in the order they are owed (requirements §3). */
export const REQUIRED_STEPS = ['terms', 'password', 'security_question'] as const;
export type RequiredStep = (typeof REQUIRED_STEPS)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userType: userTypeEnum('user_type').notNull(),
    // Canonical: upper-case letters and digits only (requirements §0.3); unique across every account.
    loginId: text('login_id').notNull(),
    idType: idTypeEnum('id_type').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    status: userStatusEnum('status').notNull().default('pending'),
    role: roleEnum('role').notNull().default('user'),
    passwordHash: text('password_hash').notNull(),
    passwordIsGenerated: boolean('password_is_generated').notNull().default(true),
    generatedPasswordExpiresAt: ts('generated_password_expires_at'),
    passwordChangedAt: ts('password_changed_at'),
    pendingSteps: text('pending_steps')
      .array()
      .notNull()
      .default(sql`ARRAY['terms','password','security_question']::text[]`),
    // Compared with the session's copy on every protected request: bumping it ends every session (JWTs
    // cannot be revoked by themselves).
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: ts('last_login_at'),
    lastLoginIp: text('last_login_ip'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_login_id_key').on(t.loginId),
    index('users_email_idx').on(t.email),
    index('users_created_at_idx').on(t.createdAt),
    // Pentadbiran's rights only ever sit on a staff account (decision 0006), whatever code writes the row.
    check('users_privileged_are_staff', sql`${t.role} = 'user' or ${t.userType} = 'kakitangan'`),
    // Pentadbiran's Pengguna search by part of a name (pg_trgm, created by migration 0005).
    index('users_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/**
 * Failed log-ins counted per canonical id whether or not an account exists, so a lock reveals nothing.
 * In the database, so the count holds across several server instances.
 */
export const loginThrottles = pgTable('login_throttles', {
  loginId: text('login_id').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockCount: integer('lock_count').notNull().default(0),
  lockedUntil: ts('locked_until'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Fixed-window counters for per-client-address throttles (log-in, registration, recovery). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: ts('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.key, t.windowStart] })],
);

export const termsVersions = pgTable('terms_versions', {
  version: text('version').primaryKey(),
  publishedAt: ts('published_at').notNull().defaultNow(),
});

export const termsConsents = pgTable(
  'terms_consents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    termsVersion: text('terms_version')
      .notNull()
      .references(() => termsVersions.version),
    acceptedAt: ts('accepted_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('terms_consents_user_idx').on(t.userId)],
);

export const securityAnswers = pgTable('security_answers', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  question: text('question').notNull(),
  isCustom: boolean('is_custom').notNull().default(false),
  // Argon2id of the normalised answer (NFKC, lower-case, no whitespace); never the answer itself.
  answerHash: text('answer_hash').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Companies ST already regulates (Kontraktor / Pepasangan / Pelesenan files), requirements §1.5. */
export const companyRecords = pgTable(
  'company_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Both SSM forms of one company, canonical (upper-case letters and digits).
    ssmNew: text('ssm_new'),
    ssmOld: text('ssm_old'),
    name: text('name').notNull(),
    email: text('email').notNull(),
    source: text('source').notNull(),
    fileNo: text('file_no'),
    // Moved on by every save: an edit carries the version it read, so a second officer's save is refused (decision 0006).
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('company_records_ssm_new_key').on(t.ssmNew),
    uniqueIndex('company_records_ssm_old_key').on(t.ssmOld),
    // Rekod Syarikat's search by part of a name or e-mail (ilike '%…%', pg_trgm from migration 0005).
    index('company_records_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('company_records_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
  ],
);

/** Single-use, expiring challenges of the built-in captcha, shared by every server instance. */
export const captchaChallenges = pgTable('captcha_challenges', {
  id: uuid('id').primaryKey().defaultRandom(),
  answerHash: text('answer_hash').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: createdAt(),
});

/** Single-use recovery links (requirements §5); only a hash of the token is stored. */
export const recoveryTokens = pgTable('recovery_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: createdAt(),
});

export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

/**
 * Transactional outbox: written in the same transaction as the change that causes the mail. The payload
 * (recipient, subject, bodies) is AES-256-GCM encrypted and wiped once delivered.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: text('template').notNull(),
    payload: text('payload'),
    status: outboxStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    idempotencyKey: text('idempotency_key').notNull(),
    providerId: text('provider_id'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
  },
  (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

/** The development mailbox (no RESEND_API_KEY): messages kept encrypted, decrypted only for its page. */
export const devMailbox = pgTable('dev_mailbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  payload: text('payload').notNull(),
  createdAt: createdAt(),
});

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which account, from where. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    targetUserId: uuid('target_user_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  // Log Audit (Pentadbiran) lists newest first, by (at, id), under at most one of these filters; each index
  // ends in (at, id), so a page of 50 is read straight off it whatever the table's size.
  (t) => [
    index('audit_log_target_at_idx').on(t.targetUserId, t.at, t.id),
    index('audit_log_at_id_idx').on(t.at, t.id),
    index('audit_log_action_at_idx').on(t.action, t.at, t.id),
    index('audit_log_actor_at_idx').on(t.actorUserId, t.at, t.id),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserType = (typeof userTypeEnum.enumValues)[number];
export type IdType = (typeof idTypeEnum.enumValues)[number];
export type CompanyRecord = typeof companyRecords.$inferSelect;

/**
 * The profile (requirements §4.3): one row per account once it is first saved. Which fields apply depends on the
 * account's type; `completedAt` is set when every mandatory field of that type is filled and declared.
 */
export const profiles = pgTable('profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  citizen: boolean('citizen'),
  idKind: text('id_kind'),
  idNumber: text('id_number'),
  address1: text('address1'),
  address2: text('address2'),
  address3: text('address3'),
  postcode: text('postcode'),
  city: text('city'),
  state: text('state'),
  phone: text('phone'),
  mobile: text('mobile'),
  fax: text('fax'),
  office: text('office'),
  contactName: text('contact_name'),
  contactMyKad: text('contact_mykad'),
  contactPhone: text('contact_phone'),
  declaredAt: ts('declared_at'),
  completedAt: ts('completed_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A change of e-mail waits for a link sent to the new address; only a hash of the token is stored. */
export const emailChangeRequests = pgTable(
  'email_change_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    newEmail: text('new_email').notNull(),
    // The address the change replaces: what the cancel link restores. Null on rows older than the link.
    oldEmail: text('old_email'),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: ts('expires_at').notNull(),
    /** Used, replaced or withdrawn: the confirmation link no longer works. */
    usedAt: ts('used_at'),
    /** When the new address confirmed and the account's e-mail changed; the 7 days to undo run from here. */
    confirmedAt: ts('confirmed_at'),
    /** When the old address's link cancelled the request or undid the change: the link is spent. */
    cancelledAt: ts('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [index('email_change_requests_user_idx').on(t.userId)],
);

/**
 * The links to the old address that cancel an e-mail change or undo it (requirements §10.6): one in the
 * notice sent when the change is asked for, one in the notice sent when it takes effect; either works
 * once for its request. Only a SHA-256 of each token is stored.
 */
export const emailChangeCancelTokens = pgTable(
  'email_change_cancel_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => emailChangeRequests.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('email_change_cancel_tokens_request_idx').on(t.requestId)],
);

export type Profile = typeof profiles.$inferSelect;

/**
 * One row per log-in (issue 9 item 18): the session id the JWT carries points here, so one session can end
 * on its own (Log Keluar) and Maklumat Pengguna can list them. The id is not a credential by itself — a
 * request needs the whole encrypted JWT — so it is stored as it is. Only a summary of the user agent is
 * kept (the browser and system names), not the string itself.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    // Moved on at most once a minute, not at every request (lib/auth/jwt-callback.ts).
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    // The session's absolute end and whether it is remembered: what the list needs to leave out ended ones.
    expiresAt: ts('expires_at').notNull(),
    remember: boolean('remember').notNull().default(false),
    browser: text('browser'),
    os: text('os'),
    ip: text('ip'),
    revokedAt: ts('revoked_at'),
    // The account's session version the session holds: a row is listed only while it matches, so every way that
    // moves the version on (Tidak Setuju, an e-mail change undone, an officer's lock) drops it from the list too.
    sessionVersion: integer('session_version').notNull().default(0),
    // An officer's or administrator's second factor, proven in this session (decision 0006): set only by the
    // verification action, on this row, so another session of the same account still owes it.
    secondFactorAt: ts('second_factor_at'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId)],
);

/**
 * The second factor of an officer or administrator (decision 0006). No row: not enrolled; a row without
 * `confirmedAt`: enrolment started; confirmed: enrolled. `lastStep` is the TOTP step last accepted, moved on
 * only by a conditional update, so a code is never accepted twice even by two requests at once.
 */
export const officerFactors = pgTable('officer_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  // Sealed (AES-256-GCM, lib/admin/totp.ts): a copy of the database alone cannot make codes.
  totpSecret: text('totp_secret').notNull(),
  lastStep: integer('last_step'),
  confirmedAt: ts('confirmed_at'),
  createdAt: createdAt(),
});

/** The 10 single-use recovery codes of an enrolment, as HMAC-SHA-256 (lib/admin/recovery-codes.ts). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recovery_codes_user_code_key').on(t.userId, t.codeHash)],
);

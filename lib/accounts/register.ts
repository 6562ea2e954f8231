import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { findCompanyRecordBySsm } from '@/db/queries/company-records';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { kickOutbox } from '@/lib/mail/outbox';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import type { RegistrationInput } from '@/lib/validation/register';
import { newGeneratedPassword, queueGeneratedPasswordEmail } from './generated-password-mail';

export type RegisterResult =
  | { ok: true; email: string; userId: string }
  | { ok: false; reason: 'duplicate' }
  | { ok: false; reason: 'company_email_mismatch' }
  | { ok: false; reason: 'staff_domain' }
  /** Registration e-mails from this client address this hour, or to this address today, are used up. */
  | { ok: false; reason: 'address_limit' | 'email_limit'; retryAfterSeconds: number };

type Outcome = RegisterResult | { ok: false; reason: 'lost_race' };

/**
 * Daftar Pengguna (requirements §1): creates a pending account with a generated password and queues the e-mail that
 * carries it, in one transaction with its audit row (a transactional outbox: no account without its mail).
 * `input` is the output of the shared registration schema, so every value is already canonical.
 */
export async function registerAccount(input: RegistrationInput, ctx: { ip: string; now?: Date }): Promise<RegisterResult> {
  const now = ctx.now ?? new Date();
  const settings = env();
  // The schema checks this too; repeated here because an account of this type is a door to ST's staff area.
  if (input.userType === 'kakitangan' && !input.email.endsWith(`@${settings.STAFF_EMAIL_DOMAIN}`)) {
    return { ok: false, reason: 'staff_domain' };
  }

  // Limits that do not rest on the captcha (requirements §1.8): each registration sends an e-mail from ST to
  // an address the form names. Counted before anything is written, in one statement each, so a burst cannot
  // slip past between a check and a write.
  const byAddress = await hitRateLimit('register-address-hour', ctx.ip, settings.REGISTER_RATE_PER_HOUR, 3600, now);
  if (!byAddress.allowed) return { ok: false, reason: 'address_limit', retryAfterSeconds: byAddress.retryAfterSeconds };
  const byEmail = await hitRateLimit('register-email-day', input.email, settings.REGISTER_EMAILS_PER_DAY, 24 * 3600, now);
  if (!byEmail.allowed) return { ok: false, reason: 'email_limit', retryAfterSeconds: byEmail.retryAfterSeconds };

  return oneRegistrationAtATime(input.loginId, () => createAccount(input, ctx.ip, now));
}

// Registrations of one id in this process take turns, and each first looks for the account the one before it
// made: a burst of a hundred posts of one id costs one Argon2 hash and 99 indexed reads, not a hundred hashes
// that would fill the hash queue and turn away other people's log-ins. Across processes the unique index on
// login_id still settles the race (the loser has hashed for nothing, once).
const turns = new Map<string, Promise<void>>();

async function oneRegistrationAtATime<T>(loginId: string, work: () => Promise<T>): Promise<T> {
  const before = turns.get(loginId) ?? Promise.resolve();
  const mine = before.then(work);
  const done = mine.then(
    () => {},
    () => {},
  );
  turns.set(loginId, done);
  try {
    return await mine;
  } finally {
    if (turns.get(loginId) === done) turns.delete(loginId);
  }
}

// requirements §1.4: an account nobody ever took up (still pending, its generated password expired unused)
// gives way to a new registration, so a mistyped e-mail cannot lock the id's owner out for good.
function abandoned(row: { status: string; passwordIsGenerated: boolean; generatedPasswordExpiresAt: Date | null }, now: Date): boolean {
  return (
    row.status === 'pending' &&
    row.passwordIsGenerated &&
    row.generatedPasswordExpiresAt !== null &&
    row.generatedPasswordExpiresAt.getTime() <= now.getTime()
  );
}

const accountColumns = {
  id: users.id,
  status: users.status,
  passwordIsGenerated: users.passwordIsGenerated,
  generatedPasswordExpiresAt: users.generatedPasswordExpiresAt,
};

async function createAccount(input: RegistrationInput, ip: string, now: Date): Promise<RegisterResult> {
  const db = await getDb();
  // Before the hash: an id already taken is refused for the price of one indexed read.
  const taken = await db.select(accountColumns).from(users).where(eq(users.loginId, input.loginId));
  if (taken.some((row) => !abandoned(row, now))) return { ok: false, reason: 'duplicate' };

  // Argon2id takes tens of milliseconds: hashed before the transaction so no row stays locked meanwhile.
  const generated = await newGeneratedPassword(now);

  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    // A company is one account whichever of its two SSM numbers it registers with: the ST record names both.
    // Locking the record makes two registrations of one company under its two numbers take turns.
    const company = input.userType === 'syarikat' ? await findCompanyRecordBySsm(tx, input.loginId, { lock: true }) : null;
    const ids = [...new Set([input.loginId, company?.ssmNew, company?.ssmOld].filter((id): id is string => Boolean(id)))];

    const existing = await tx.select(accountColumns).from(users).where(inArray(users.loginId, ids)).for('update');
    if (existing.some((row) => !abandoned(row, now))) return { ok: false, reason: 'duplicate' };

    // requirements §1.5: only ST staff can change the e-mail on file; the company asks them first.
    if (company && company.email.toLowerCase() !== input.email) return { ok: false, reason: 'company_email_mismatch' };

    for (const old of existing) await tx.delete(users).where(eq(users.id, old.id));

    // The unique index on login_id settles simultaneous registrations: the losers insert nothing.
    const [created] = await tx
      .insert(users)
      .values({
        userType: input.userType,
        loginId: input.loginId,
        idType: input.idType,
        name: input.name,
        email: input.email,
        status: 'pending',
        passwordHash: generated.passwordHash,
        passwordIsGenerated: true,
        generatedPasswordExpiresAt: generated.expiresAt,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: users.loginId })
      .returning({ id: users.id });
    if (!created) return { ok: false, reason: 'lost_race' };

    for (const old of existing) {
      await recordAudit(tx, {
        action: 'account.replaced_expired_pending',
        targetUserId: created.id,
        ip,
        details: { replacedUserId: old.id },
      });
    }
    await recordAudit(tx, {
      action: 'account.registered',
      targetUserId: created.id,
      ip,
      details: { userType: input.userType, idType: input.idType },
    });
    await queueGeneratedPasswordEmail(tx, input, generated);
    return { ok: true, email: input.email, userId: created.id };
  });

  if (outcome.ok) {
    // Delivery starts now rather than at the next poll; it never throws and the user does not wait for it.
    void kickOutbox();
    return outcome;
  }
  // Another registration of this id committed while ours was running.
  return outcome.reason === 'lost_race' ? { ok: false, reason: 'duplicate' } : outcome;
}

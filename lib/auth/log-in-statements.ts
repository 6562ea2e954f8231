import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { rowsOf } from '@/db/queries/rows';
import type { LoginCandidate } from '@/db/queries/users';
import { auditLog, loginThrottles, rateLimits, termsConsents, users, userSessions, type RequiredStep } from '@/db/schema';
import type { AuditEntry } from '@/lib/audit/record';
import { rateLimitResult, rateWindowStart, type RateLimitResult } from '@/lib/throttle/rate-limit';
import type { LockoutSettings } from './lockout';
import { countsNow, nextFailureCount, reservationOf, type Reservation } from './login-throttle';

/**
 * A log-in's database work in two statements (issue 11: it took eleven round trips), each atomic by itself:
 *
 * 1. before the password is verified, one statement that counts the hit against the address's throttle, counts
 *    the attempt against the id when the throttle allows it (login-throttle.ts: counted before the verify), and
 *    reads the account and its latest consent to the terms;
 * 2. after the right password, one statement that clears the id's run of failures, records the log-in on the
 *    account and in the audit log, and opens the session's row (what Log Keluar ends).
 *
 * The same rules as hitRateLimit, reserveAttempt, findUserForLogin, clearFailures, recordAudit and createSession,
 * whose SQL pieces and arithmetic they share where they can; written as SQL because each is one statement of
 * several CTEs. Times cross as epoch milliseconds, arrays as JSON: the two drivers parse them alike that way.
 */

export type LogInStart = {
  throttle: RateLimitResult;
  /** Null when the throttle refused: the attempt was not counted. */
  reservation: Reservation | null;
  user: LoginCandidate | undefined;
  /** The terms version of the account's latest consent. */
  consentedVersion: string | null;
};

type StartRow = {
  hits: number;
  failures: number | null;
  lock_count: number | null;
  locked_until_ms: number | null;
  locked_before_ms: number | null;
  id: string | null;
  user_type: LoginCandidate['userType'];
  id_type: LoginCandidate['idType'];
  login_id: string;
  name: string;
  email: string;
  role: LoginCandidate['role'];
  status: LoginCandidate['status'];
  password_hash: string;
  password_is_generated: boolean;
  generated_expires_ms: number | null;
  pending_steps: string;
  session_version: number;
  consented_version: string | null;
};

const ms = (column: ReturnType<typeof sql.raw>) => sql`(extract(epoch from ${column}) * 1000)::float8`;
const date = (value: number | null) => (value === null ? null : new Date(value));

export async function startLogIn(
  executor: Executor,
  input: { loginId: string; ip: string; now: Date; limit: number; windowSeconds: number; lockout: LockoutSettings },
): Promise<LogInStart> {
  const { loginId, ip, now, limit, windowSeconds, lockout } = input;
  const at = now.toISOString();
  const [row] = rowsOf<StartRow>(
    await executor.execute(sql`
      with hit as (
        insert into ${rateLimits} (bucket, key, window_start, count)
        values ('login', ${ip}, ${rateWindowStart(now, windowSeconds).toISOString()}::timestamptz, 1)
        on conflict (bucket, key, window_start) do update set count = ${rateLimits.count} + 1
        returning count
      ),
      before as (
        select locked_until from ${loginThrottles} where login_id = ${loginId}
      ),
      attempt as (
        insert into ${loginThrottles} (login_id, failures, updated_at)
        select ${loginId}, 1, ${at}::timestamptz from hit where hit.count <= ${limit}
        on conflict (login_id) do update set failures = ${nextFailureCount(now, lockout)}, updated_at = excluded.updated_at
        where ${countsNow(now)}
        returning failures, lock_count, locked_until
      )
      select hit.count as hits,
        attempt.failures, attempt.lock_count, ${ms(sql.raw('attempt.locked_until'))} as locked_until_ms,
        ${ms(sql.raw('before.locked_until'))} as locked_before_ms,
        u.id, u.user_type, u.id_type, u.login_id, u.name, u.email, u.role, u.status, u.password_hash,
        u.password_is_generated, ${ms(sql.raw('u.generated_password_expires_at'))} as generated_expires_ms,
        array_to_json(u.pending_steps)::text as pending_steps, u.session_version,
        (select c.terms_version from ${termsConsents} c where c.user_id = u.id
          order by c.accepted_at desc, c.id desc limit 1) as consented_version
      from hit
      left join attempt on true
      left join before on true
      left join ${users} u on u.login_id = ${loginId}
    `),
  );
  const throttle = rateLimitResult(Number(row.hits), limit, windowSeconds, now);
  const counted =
    row.failures === null ? undefined : { failures: row.failures, lockCount: row.lock_count ?? 0, lockedUntil: date(row.locked_until_ms) };
  return {
    throttle,
    reservation: throttle.allowed ? reservationOf(counted, date(row.locked_before_ms), now, lockout) : null,
    user: row.id
      ? {
          id: row.id,
          userType: row.user_type,
          idType: row.id_type,
          loginId: row.login_id,
          name: row.name,
          email: row.email,
          role: row.role,
          status: row.status,
          passwordHash: row.password_hash,
          passwordIsGenerated: row.password_is_generated,
          generatedPasswordExpiresAt: date(row.generated_expires_ms),
          pendingSteps: JSON.parse(row.pending_steps) as RequiredStep[],
          sessionVersion: row.session_version,
        }
      : undefined,
    consentedVersion: row.consented_version,
  };
}

/** The session row a log-in opens (db/queries/sessions.ts createSession writes the same). */
export type NewSession = {
  id: string;
  expiresAt: Date;
  remember: boolean;
  browser: string | null;
  os: string | null;
  sessionVersion: number;
};

export async function finishLogIn(
  executor: Executor,
  input: { loginId: string; userId: string; ip: string; now: Date; pendingSteps: RequiredStep[]; session?: NewSession },
): Promise<void> {
  const { loginId, userId, ip, now, pendingSteps, session } = input;
  const at = sql`${now.toISOString()}::timestamptz`;
  // The row recordAudit would write.
  const audit = { action: 'auth.login', actorUserId: userId, targetUserId: userId, ip, details: { pendingSteps } } satisfies AuditEntry;
  const opened = session
    ? sql`,
      swept as (
        delete from ${userSessions} where user_id = ${userId}::uuid and expires_at < ${at}
      ),
      opened as (
        insert into ${userSessions} (id, user_id, created_at, last_seen_at, expires_at, remember, browser, os, ip, session_version)
        values (${session.id}::uuid, ${userId}::uuid, ${at}, ${at}, ${session.expiresAt.toISOString()}::timestamptz,
          ${session.remember}, ${session.browser}, ${session.os}, ${ip}, ${session.sessionVersion})
      )`
    : sql``;
  await executor.execute(sql`
    with cleared as (
      update ${loginThrottles} set failures = 0, updated_at = ${at} where login_id = ${loginId} and failures >= 1
    ),
    recorded as (
      update ${users} set last_login_at = ${at}, last_login_ip = ${ip},
        pending_steps = array(select json_array_elements_text(${JSON.stringify(pendingSteps)}::json)), updated_at = ${at}
      where id = ${userId}::uuid
    ),
    audited as (
      insert into ${auditLog} (action, actor_user_id, target_user_id, ip, details)
      values (${audit.action}, ${audit.actorUserId}::uuid, ${audit.targetUserId}::uuid, ${audit.ip}, ${JSON.stringify(audit.details)}::jsonb)
    )${opened}
    select 1
  `);
}

import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { sessionSecondFactorAt } from '@/db/queries/sessions';
import { requestContext } from '@/lib/actions/auth/request-context';
import { recordAudit } from '@/lib/audit/record';
import { optionalUser, type SessionUser } from '@/lib/auth/guards';
import { logInPathFor } from '@/lib/auth/return-path';
import { landingPath } from '@/lib/auth/steps';
import { ADMIN_HOME_PATH, adminNextPath } from './factor-form-state';
import { authorizeAdmin, type AdminActor, type AdminName, type PrivilegedRole } from './authorization';

/**
 * The server-side check of Pentadbiran (decision 0006), the first statement of every admin page
 * (`requirePrivileged`) and every admin server action or route (`authorizeAdminAction`). Both read the one
 * table in ./authorization.ts; a refusal for the wrong role or a missing second factor on an action writes
 * `admin.refused` (actor, client address, the name asked for).
 */
export type PrivilegedUser = SessionUser & { role: PrivilegedRole; secondFactorAt: Date | null };

export const SECOND_FACTOR_PATH = '/admin/dua-faktor';

type Current = { user: SessionUser | null; actor: AdminActor; secondFactorAt: Date | null };

// One read per request, however many checks a page and its components make.
const current = cache(async (): Promise<Current> => {
  const user = await optionalUser();
  if (!user) return { user: null, actor: null, secondFactorAt: null };
  const secondFactorAt = user.role === 'user' ? null : await sessionSecondFactorAt(await getDb(), user.id, user.sessionId);
  return { user, actor: { role: user.role, secondFactorVerified: secondFactorAt !== null }, secondFactorAt };
});

async function recordRefusal(user: SessionUser | null, name: string, reason: string, targetUserId?: string | null) {
  const { ip } = await requestContext();
  await recordAudit(await getDb(), {
    action: 'admin.refused',
    actorUserId: user?.id ?? null,
    targetUserId: targetUserId ?? null,
    ip,
    details: { name, reason },
  });
}

/**
 * Who is looking, for the frame of Pentadbiran (its layout, the portal menu's entry): the signed-in
 * officer or administrator past the first log-in and whether this session has proven the second factor,
 * else null. No redirect and no audit row: it decides what is drawn, never what is allowed — every page
 * still calls requirePrivileged and every action authorizeAdminAction.
 */
export async function privilegedContext(): Promise<{ user: PrivilegedUser; secondFactorProven: boolean } | null> {
  const { user, secondFactorAt } = await current();
  if (!user || user.role === 'user' || user.pendingSteps.length > 0) return null;
  return { user: { ...user, role: user.role, secondFactorAt }, secondFactorProven: secondFactorAt !== null };
}

/**
 * For an admin page: a visitor goes to LOG MASUK (and comes back), a user owing a first-log-in step to that
 * step, a privileged user still owing the second factor to /admin/dua-faktor; anyone else without the role
 * gets the not-found page (the area's existence is not advertised) and an audit row.
 */
export async function requirePrivileged(name: AdminName, path: string): Promise<PrivilegedUser> {
  const { user, actor, secondFactorAt } = await current();
  if (!user) redirect(logInPathFor(path));
  if (user.pendingSteps.length > 0) redirect(landingPath(user.pendingSteps));
  const decision = authorizeAdmin(actor, name);
  if (!decision.allowed) {
    if (decision.reason === 'second_factor') {
      // Back to the page asked for once the code is in (a path of Pentadbiran only: adminNextPath).
      const next = adminNextPath(path);
      redirect(next && next !== ADMIN_HOME_PATH ? `${SECOND_FACTOR_PATH}?next=${encodeURIComponent(next)}` : SECOND_FACTOR_PATH);
    }
    await recordRefusal(user, name, decision.reason);
    notFound();
  }
  return { ...user, role: user.role as PrivilegedRole, secondFactorAt };
}

export type AdminActionAuthorization =
  { ok: true; user: PrivilegedUser; ip: string } | { ok: false; reason: 'anonymous' | 'role' | 'second_factor' | 'unknown' | 'steps' };

/**
 * For an admin server action or route: never a redirect into another page's form state, a refusal the
 * caller turns into its answer. Every refusal is audited, an anonymous one too (with no actor).
 */
export async function authorizeAdminAction(name: AdminName, targetUserId?: string | null): Promise<AdminActionAuthorization> {
  const { user, actor, secondFactorAt } = await current();
  const decision = user && user.pendingSteps.length > 0 ? ({ allowed: false, reason: 'steps' } as const) : authorizeAdmin(actor, name);
  if (!decision.allowed) {
    await recordRefusal(user, name, decision.reason, targetUserId);
    return { ok: false, reason: decision.reason };
  }
  const { ip } = await requestContext();
  return { ok: true, user: { ...user!, role: user!.role as PrivilegedRole, secondFactorAt }, ip };
}

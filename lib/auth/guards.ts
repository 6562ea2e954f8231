import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import type { RequiredStep } from '@/db/schema';
import { PROXY_SESSION_HEADER, readProxySession, toSessionUser } from './proxy-session';
import type { Role } from './session-policy';
import { landingPath, stepGate, STEP_PATHS, type StepGate } from './steps';

/**
 * The data-access layer's authorisation: every page and every server action calls one of these on the
 * server. proxy.ts redirects too, but only as a convenience — it can be skipped (a direct server action
 * POST, a matcher gap), these cannot.
 *
 * The session comes from auth(), whose jwt callback re-reads the account (session version, status, steps)
 * from the database, so a password changed elsewhere or a step finished in another tab counts at once — on a
 * page load, the proxy's auth() of this same request, handed over signed (lib/auth/proxy-session.ts).
 */
export type SessionUser = {
  id: string;
  /** This log-in's row in user_sessions: what Log Keluar ends. */
  sessionId: string;
  type: string;
  role: Role;
  pendingSteps: RequiredStep[];
  remember: boolean;
};

// One check per request, however many guards and components ask: the proxy's, when it checked this page load
// (lib/auth/proxy-session.ts), else auth() here (server actions, and anything the proxy did not check).
const currentUser = cache(async (): Promise<SessionUser | null> => {
  const checked = readProxySession((await headers()).get(PROXY_SESSION_HEADER));
  if (checked !== undefined) return checked;
  return toSessionUser((await auth())?.user);
});

/** The signed-in user, or null (for pages that show something different to visitors). */
export async function optionalUser(): Promise<SessionUser | null> {
  return currentUser();
}

/** The signed-in user; visitors go to the home page, where the LOG MASUK box is. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/');
  return user;
}

/** For the page of a first-log-in step: anyone owing an earlier step, or not owing this one, is sent on. */
export async function requireStep(step: RequiredStep): Promise<SessionUser> {
  const user = await requireUser();
  if (!stepGate(step, user.pendingSteps).ok) redirect(landingPath(user.pendingSteps));
  return user;
}

/** For every page past the first log-in: sends the user to the first step still owed. */
export async function requireCompletedSteps(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.pendingSteps.length > 0) redirect(landingPath(user.pendingSteps));
  return user;
}

const RANK: Record<Role, number> = { user: 0, officer: 1, admin: 2 };

/** Officer pages and actions; an administrator may do what an officer may. Others get a 404-like redirect. */
export async function requireRole(role: 'officer' | 'admin'): Promise<SessionUser> {
  const user = await requireCompletedSteps();
  if (RANK[user.role] < RANK[role]) redirect('/dashboard');
  return user;
}

/**
 * For server actions of a step: no redirect into another page's form state, a refusal the action returns
 * as an error instead. (No session still redirects: there is nothing to answer to.) The domain function
 * checks the order again inside its transaction against the row itself.
 */
export async function authorizeStepAction(
  step: RequiredStep,
): Promise<{ ok: true; user: SessionUser } | (Exclude<StepGate, { ok: true }> & { next: string })> {
  const user = await requireUser();
  const gate = stepGate(step, user.pendingSteps);
  if (!gate.ok) return { ...gate, next: landingPath(user.pendingSteps) };
  return { ok: true, user };
}

export { STEP_PATHS };

/**
 * Who may reach what in Pentadbiran (decision 0006): every admin page and every admin server action, in one
 * table. A name not in the table is refused, so a new page or action is closed until it is listed here, and
 * the sweep in tests/unit/admin-authorization.test.ts covers it. Pure: the caller (requirePrivileged /
 * authorizeAdminAction, still to come with the pages) reads the session, writes `admin.refused` on a refusal.
 */

export type PrivilegedRole = 'officer' | 'admin';
export type AdminRule = { roles: readonly PrivilegedRole[]; secondFactor: boolean };

const OFFICERS = ['officer', 'admin'] as const;
const ADMINS = ['admin'] as const;

export const ADMIN_AUTHORIZATION = {
  // Enrol or verify the second factor: the one place a privileged session without it may go.
  'page:/admin/dua-faktor': { roles: OFFICERS, secondFactor: false },
  'action:startEnrolment': { roles: OFFICERS, secondFactor: false },
  'action:confirmEnrolment': { roles: OFFICERS, secondFactor: false },
  'action:verifySecondFactor': { roles: OFFICERS, secondFactor: false },

  'page:/admin': { roles: OFFICERS, secondFactor: true },
  'page:/admin/pengguna': { roles: OFFICERS, secondFactor: true },
  'page:/admin/pengguna/[id]': { roles: OFFICERS, secondFactor: true },
  'page:/admin/rekod-syarikat': { roles: OFFICERS, secondFactor: true },
  'page:/admin/rekod-syarikat/[id]': { roles: OFFICERS, secondFactor: true },
  'page:/admin/rekod-syarikat/baru': { roles: OFFICERS, secondFactor: true },
  'page:/admin/rekod-syarikat/import': { roles: OFFICERS, secondFactor: true },
  'page:/admin/log-audit': { roles: OFFICERS, secondFactor: true },
  'page:/admin/peranan': { roles: ADMINS, secondFactor: true },

  'action:lockAccount': { roles: OFFICERS, secondFactor: true },
  'action:unlockAccount': { roles: OFFICERS, secondFactor: true },
  'action:sendRecoveryLink': { roles: OFFICERS, secondFactor: true },
  'action:correctEmail': { roles: OFFICERS, secondFactor: true },
  'action:releaseId': { roles: OFFICERS, secondFactor: true },
  'action:createCompanyRecord': { roles: OFFICERS, secondFactor: true },
  'action:updateCompanyRecord': { roles: OFFICERS, secondFactor: true },
  'action:updateCompanyEmail': { roles: OFFICERS, secondFactor: true },
  'action:importCompanyCsv': { roles: OFFICERS, secondFactor: true },
  'action:exportAuditLog': { roles: OFFICERS, secondFactor: true },
  'action:grantOfficer': { roles: ADMINS, secondFactor: true },
  'action:revokeOfficer': { roles: ADMINS, secondFactor: true },
  'action:resetSecondFactor': { roles: ADMINS, secondFactor: true },
} as const satisfies Record<string, AdminRule>;

export type AdminName = keyof typeof ADMIN_AUTHORIZATION;

/** The signed-in user as the session says, or null when nobody is signed in. */
export type AdminActor = { role: 'user' | PrivilegedRole; secondFactorVerified: boolean } | null;

export type AdminDecision =
  | { allowed: true }
  /** `second_factor`: the right role, but the second factor is owed: the page sends them to /admin/dua-faktor. */
  | { allowed: false; reason: 'anonymous' | 'role' | 'second_factor' | 'unknown' };

export function isAdminName(name: string): name is AdminName {
  return Object.hasOwn(ADMIN_AUTHORIZATION, name);
}

export function authorizeAdmin(actor: AdminActor, name: string): AdminDecision {
  if (!isAdminName(name)) return { allowed: false, reason: 'unknown' };
  if (!actor) return { allowed: false, reason: 'anonymous' };
  const rule: AdminRule = ADMIN_AUTHORIZATION[name];
  if (actor.role === 'user' || !rule.roles.includes(actor.role)) return { allowed: false, reason: 'role' };
  if (rule.secondFactor && !actor.secondFactorVerified) return { allowed: false, reason: 'second_factor' };
  return { allowed: true };
}

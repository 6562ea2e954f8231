import { ADMIN_AUTHORIZATION, authorizeAdmin, type AdminActor, type AdminName } from '@/lib/admin/authorization';

const ACTORS: Record<string, AdminActor> = {
  anonymous: null,
  applicant: { role: 'user', secondFactorVerified: false },
  // An applicant's session can never claim a second factor; if one did, it still opens nothing.
  'applicant claiming a second factor': { role: 'user', secondFactorVerified: true },
  'officer without second factor': { role: 'officer', secondFactorVerified: false },
  officer: { role: 'officer', secondFactorVerified: true },
  'administrator without second factor': { role: 'admin', secondFactorVerified: false },
  administrator: { role: 'admin', secondFactorVerified: true },
};

/** What the table must say, written out independently of it. */
const ADMIN_ONLY = new Set(['page:/admin/peranan', 'action:grantOfficer', 'action:revokeOfficer', 'action:resetSecondFactor']);
const BEFORE_SECOND_FACTOR = new Set([
  'page:/admin/dua-faktor',
  'action:startEnrolment',
  'action:confirmEnrolment',
  'action:verifySecondFactor',
]);

function expected(actor: string, name: string): boolean {
  if (actor === 'anonymous' || actor.startsWith('applicant')) return false;
  if (ADMIN_ONLY.has(name) && !actor.startsWith('administrator')) return false;
  if (actor.endsWith('without second factor')) return BEFORE_SECOND_FACTOR.has(name);
  return true;
}

const names = Object.keys(ADMIN_AUTHORIZATION) as AdminName[];

describe.each(Object.entries(ACTORS))('%s', (label, actor) => {
  test.each(names)('%s', (name) => {
    expect(authorizeAdmin(actor, name).allowed).toBe(expected(label, name));
  });
});

test('the reasons tell the page where to send the user', () => {
  expect(authorizeAdmin(null, 'page:/admin')).toEqual({ allowed: false, reason: 'anonymous' });
  expect(authorizeAdmin(ACTORS.applicant, 'page:/admin')).toEqual({ allowed: false, reason: 'role' });
  expect(authorizeAdmin(ACTORS['officer without second factor'], 'page:/admin')).toEqual({ allowed: false, reason: 'second_factor' });
  expect(authorizeAdmin(ACTORS.officer, 'page:/admin/peranan')).toEqual({ allowed: false, reason: 'role' });
});

test('a name missing from the table is refused to everyone, administrators included', () => {
  for (const actor of Object.values(ACTORS)) {
    expect(authorizeAdmin(actor, 'action:deleteEverything')).toEqual({ allowed: false, reason: 'unknown' });
    expect(authorizeAdmin(actor, 'toString')).toEqual({ allowed: false, reason: 'unknown' });
  }
});

test('every page is under /admin and every rule names at least one role', () => {
  for (const [name, rule] of Object.entries(ADMIN_AUTHORIZATION)) {
    expect(name).toMatch(/^(page:\/admin(\/|$)|action:[a-z][A-Za-z]+$)/);
    expect(rule.roles.length).toBeGreaterThan(0);
  }
});

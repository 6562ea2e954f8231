// The rule lives with the validators, which must not reach into lib/accounts; re-exported for server code.
export { canonicalLoginId } from '@/lib/validation/login-id';

/**
 * The id partly masked for e-mails: a MyKad as 700101-**-**34, anything else with all but its first two and
 * last two characters hidden.
 */
export function maskLoginId(loginId: string, idType: string): string {
  if (idType === 'mykad' && /^\d{12}$/.test(loginId)) return `${loginId.slice(0, 6)}-**-**${loginId.slice(10)}`;
  if (loginId.length <= 4) return '*'.repeat(loginId.length);
  return `${loginId.slice(0, 2)}${'*'.repeat(loginId.length - 4)}${loginId.slice(-2)}`;
}

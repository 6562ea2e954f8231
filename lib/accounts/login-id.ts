/** requirements §0.3: a login id is upper-case letters and digits only; spaces, dashes and slashes go. */
export function canonicalLoginId(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The id partly masked for e-mails: a MyKad as 700101-**-**34, anything else with all but its first two and
 * last two characters hidden.
 */
export function maskLoginId(loginId: string, idType: string): string {
  if (idType === 'mykad' && /^\d{12}$/.test(loginId)) return `${loginId.slice(0, 6)}-**-**${loginId.slice(10)}`;
  if (loginId.length <= 4) return '*'.repeat(loginId.length);
  return `${loginId.slice(0, 2)}${'*'.repeat(loginId.length - 4)}${loginId.slice(-2)}`;
}

/**
 * requirements §0.3: a login id is upper-case letters and digits only; spaces, dashes and slashes go. Here,
 * free of server code, because the validators and the browser's password checklist need it too.
 */
export function canonicalLoginId(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Where a `next` parameter may send the visitor: only a path on this site. Anything else — another origin,
 * a protocol-relative `//host`, a backslash (browsers read `/\host` as `//host`), or control characters
 * (the URL parser drops tabs and new lines, turning `/\t/host` into `//host`) — is an open redirect.
 */
export function isSafeRelativePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return false;
  if (value[0] !== '/') return false;
  if (value.startsWith('//')) return false;
  if (value.includes('\\')) return false;
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  return true;
}

/** The `next` path if it is safe, otherwise the fallback (the home page). */
export function safeNextPath(value: unknown, fallback = '/'): string {
  return isSafeRelativePath(value) ? value : fallback;
}

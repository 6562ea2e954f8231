import { isPortalPath } from './protected-paths';

/**
 * Where LOG MASUK returns a visitor who was sent to it from a signed-in page (issue 9 item 6). The path
 * travels in the address (`/?next=/profil`), in a hidden field of the form and, past the first-log-in
 * steps, in a cookie: all of them are the visitor's to change, so every reader passes it through
 * safeReturnPath, which lets through only a page of the signed-in areas of this site. Anything else — another
 * site (`//evil.example`, `/\evil.example`, `https:`), a control character, an encoded slash or dot
 * segment, an API or log-in route, a step page (the steps come first anyway) — is refused, never repaired.
 */
export const RETURN_PATH_MAX = 300;

// A throwaway origin: a path that resolves anywhere else, or to a different path, is refused.
const BASE = 'https://ecos.invalid';

export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > RETURN_PATH_MAX) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  // Control characters, spaces and anything outside printable ASCII: a real return path is built by
  // encodeURIComponent and has none of them.
  if (!/^[\x21-\x7e]+$/.test(raw)) return null;
  if (raw.includes('#')) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const [path] = raw.split('?');
  // The parser resolves dot segments (/profil/../api/x): the path must come out as written.
  if (url.pathname !== path) return null;
  // Encoded slashes, backslashes, dots and control characters could be decoded into one of the above later.
  if (/%(2f|5c|2e|0[0-9a-f]|1[0-9a-f]|7f)/i.test(path)) return null;
  if (!isPortalPath(path)) return null;
  return raw;
}

/** The address of the LOG MASUK box that returns to `path` afterwards, with an optional notice. */
export function logInPathFor(path: string | null, notice?: string): string {
  const params: string[] = [];
  if (notice) params.push(`keluar=${encodeURIComponent(notice)}`);
  const next = safeReturnPath(path);
  // Slashes are legal in a query and keep the address readable: /?next=/profil.
  if (next) params.push(`next=${encodeURIComponent(next).replace(/%2F/g, '/')}`);
  return params.length ? `/?${params.join('&')}` : '/';
}

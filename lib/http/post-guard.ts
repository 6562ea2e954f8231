import en from '@/messages/en/common.json';
import ms from '@/messages/ms/common.json';

/**
 * POSTs the proxy answers itself, before Next.js's server-action handler, which answers both with a 500:
 * - a body over the server-action limit (next.config.mjs `experimental.serverActions.bodySizeLimit`) gets
 *   413, with a page that leads back to the form for a plain form post;
 * - an Origin header that is present but not an origin at all (empty, or unparseable) gets 400. Next.js's
 *   CSRF check parses it with `new URL()` and throws. A POST without Origin, or with a well-formed foreign
 *   one (including "null"), is left to that check as before.
 * Pure functions of the request, so unit tests need no server.
 */

/** 1 MB: Next.js's default, the limit of every POST but the one upload below. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * Rekod Syarikat's CSV import takes a file of up to 5 MB (lib/admin/company-csv.ts CSV_MAX_BYTES), plus the
 * multipart framing: next.config.mjs's bodySizeLimit is this ('6mb'), and only this path gets it here.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
export const UPLOAD_PATHS: readonly string[] = ['/admin/rekod-syarikat/import'];

/** The largest POST body the proxy lets through to `pathname`. */
export function actionBodyLimit(pathname: string): number {
  return UPLOAD_PATHS.includes(pathname.replace(/\/+$/, '')) ? UPLOAD_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES;
}

const limitLabel = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export type PostRefusal = 'too_large' | 'bad_origin' | 'bad_body';

export function postRefusal(method: string, headers: Headers, limit = ACTION_BODY_LIMIT_BYTES): PostRefusal | null {
  if (method !== 'POST') return null;
  const origin = headers.get('origin');
  if (origin !== null && !isParsableOrigin(origin)) return 'bad_origin';
  // Browsers send Content-Length with every form post and fetch body; a chunked body without one is
  // still limited by Next.js itself, which then answers 500.
  const length = Number(headers.get('content-length') ?? '0');
  if (Number.isFinite(length) && length > limit) return 'too_large';
  return null;
}

/**
 * A POST body Next.js's action handler would fail to decode, answering 500 (found by the reliability fuzz): a
 * multipart body without a boundary or that does not parse as a form, or a server-action call whose arguments are
 * not a JSON array. Read from a clone, so the handler still gets the body; a browser's own posts always parse.
 * Only for POSTs the proxy has already held to the size limit.
 */
export async function malformedBody(request: Request): Promise<boolean> {
  if (request.method !== 'POST') return false;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  try {
    if (type.startsWith('multipart/form-data')) {
      if (!/;\s*boundary=/.test(type)) return true;
      await request.clone().formData();
      return false;
    }
    if (!request.headers.has('next-action') || type.startsWith('application/x-www-form-urlencoded')) return false;
    // React sends arguments without a file as a JSON array (text/plain).
    return !Array.isArray(JSON.parse(await request.clone().text()));
  } catch {
    return true;
  }
}

/** As Next.js reads it: "null" (an opaque origin) is its own case there; anything `new URL` refuses is not. */
function isParsableOrigin(origin: string): boolean {
  if (origin === 'null') return true;
  try {
    new URL(origin);
    return true;
  } catch {
    return false;
  }
}

/** Where "back to the form" goes: the page the form posted to, never another site ("//host" is one). */
export function formPath(pathname: string, search = ''): string {
  return `/${pathname.replace(/^[/\\]+/, '')}${search}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The 413 page for a plain form post (the no-JavaScript path): Malay, then English, as global-error does,
 * since the visitor's language cookie is not worth reading for this. No script; its one style element
 * carries the request's nonce, so the proxy's CSP covers it.
 */
export function tooLargePage(nonce: string, backTo: string, limit = ACTION_BODY_LIMIT_BYTES): string {
  const href = escapeHtml(backTo);
  const part = (t: typeof ms.requestRefused, heading: 'h1' | 'h2') =>
    `<${heading}>${escapeHtml(t.tooLargeTitle)}</${heading}>` +
    `<p>${escapeHtml(t.tooLargeBody.replace('{limit}', limitLabel(limit)))}</p>` +
    `<p><a href="${href}">${escapeHtml(t.tooLargeBack)}</a></p>`;
  return (
    '<!doctype html><html lang="ms"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(`${ms.titlePrefixError}${ms.requestRefused.tooLargeTitle}`)} — ECOS</title>` +
    `<style nonce="${escapeHtml(nonce)}">body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#18181b}` +
    'main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}h1,h2{font-size:1.5rem;line-height:1.3}' +
    'a{color:#1d4ed8;font-weight:600}a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}' +
    '[lang=en]{margin-top:2rem;padding-left:1rem;border-left:4px solid #e4e4e7}</style></head>' +
    `<body><main>${part(ms.requestRefused, 'h1')}<div lang="en">${part(en.requestRefused, 'h2')}</div></main></body></html>`
  );
}

/**
 * The refusal as a response. A server action called by JavaScript (it sends `Next-Action`) gets plain text:
 * React's action client throws on any non-RSC answer, and with text/plain it keeps the text as the error.
 */
export function refusalResponse(
  refusal: PostRefusal,
  request: { headers: Headers; nextUrl: { pathname: string; search: string } },
  nonce: string,
): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (refusal === 'bad_origin' || refusal === 'bad_body') {
    return new Response(`${ms.requestRefused.badRequest} / ${en.requestRefused.badRequest}`, {
      status: 400,
      headers: { ...headers, 'Content-Type': 'text/plain' },
    });
  }
  if (request.headers.has('next-action')) {
    const text = `${ms.requestRefused.tooLargeTitle} / ${en.requestRefused.tooLargeTitle}`;
    return new Response(text, { status: 413, headers: { ...headers, 'Content-Type': 'text/plain' } });
  }
  const page = tooLargePage(nonce, formPath(request.nextUrl.pathname, request.nextUrl.search), actionBodyLimit(request.nextUrl.pathname));
  return new Response(page, { status: 413, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}

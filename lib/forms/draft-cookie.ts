/**
 * The cookie that keeps a portal form's answers across a log-in prompt (lib/forms/draft.ts). Its name on its
 * own, so that proxy.ts can clear it without pulling in the sealing code.
 */
export const DRAFT_COOKIE = 'ecos-draf';

/**
 * How proxy.ts hands the cookie's value to the page of the request that consumes it. The proxy drops the
 * cookie in its response, and Next.js shows a page the cookies as the proxy left them, so the page reads this
 * header instead (one the proxy removes from whatever the browser sent).
 */
export const DRAFT_HEADER = 'x-ecos-draf';

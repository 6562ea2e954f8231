/**
 * The terms version users consent to. Publishing new terms: edit content/terms/ms.md and en.md (their
 * `version:` too), set this to the same new value (a year-month string, later versions sort later) — every
 * user is asked again at their next log-in, and accepting upserts the version row in terms_versions.
 * '2026-11' was inserted by migration 0001. Its own module, free of file reads, because the log-in check
 * (lib/auth/verify-credentials.ts) runs inside proxy.ts's import graph.
 */
export const CURRENT_TERMS_VERSION = '2026-11';

/**
 * The terms version users consent to. Publishing new terms: edit ms.md and en.md, set this to a new value
 * (a year-month string, later versions sort later) — every user is asked again at their next log-in, and
 * accepting upserts the version row in terms_versions. '2026-11' was inserted by migration 0001.
 */
export const CURRENT_TERMS_VERSION = '2026-11';

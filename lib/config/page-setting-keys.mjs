/**
 * The settings the public pages show, which are read when the pages are built (decision 0008): next.config.mjs
 * records the build's values, lib/config/env.ts checks the running server has the same. Plain JavaScript for
 * next.config.mjs.
 */
export const PAGE_SETTING_KEYS = /** @type {const} */ ([
  'GENERATED_PASSWORD_TTL_HOURS',
  'PASSWORD_MAX_LENGTH',
  'LOCKOUT_THRESHOLD',
  'LOCKOUT_BASE_MINUTES',
  'LOCKOUT_MAX_HOURS',
  'STAFF_EMAIL_DOMAIN',
]);

/** The build's values, as next.config.mjs's `env` records them (unset ones left out: the defaults apply). */
export function builtPageSettings(source = process.env) {
  return JSON.stringify(Object.fromEntries(PAGE_SETTING_KEYS.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])));
}

import { canonicalLoginId } from './login-id';

/**
 * Company numbers of SSM (Suruhanjaya Syarikat Malaysia). Since October 2019 every entity has a 12-digit
 * number YYYY TT NNNNNN (year of registration, entity type, running number); companies registered before
 * then also keep their old number, 1–7 digits and a check letter, written like 123456-A. ST records hold
 * both forms of a company (requirements §0.3).
 */

export type SsmType = 'ssm_new' | 'ssm_old';
export type SsmFailure = 'format' | 'year' | 'entity';
export type SsmResult = { ok: true; value: string; type: SsmType } | { ok: false; reason: SsmFailure };

// SSM's entity codes: 01 local company, 02 foreign company, 03 business, 04 local LLP, 05 foreign LLP,
// 06 LLP for professional practice.
const ENTITY_TYPES = new Set(['01', '02', '03', '04', '05', '06']);
const FIRST_YEAR = 1900;

export function parseSsm(raw: string, now = new Date()): SsmResult {
  // Only separators people type may go; anything else (a stray symbol) makes the number unreadable.
  if (!/^[0-9A-Za-z\s-]*$/.test(raw)) return { ok: false, reason: 'format' };
  const value = canonicalLoginId(raw);
  if (/^\d{12}$/.test(value)) {
    const year = Number(value.slice(0, 4));
    if (year < FIRST_YEAR || year > now.getUTCFullYear()) return { ok: false, reason: 'year' };
    if (!ENTITY_TYPES.has(value.slice(4, 6))) return { ok: false, reason: 'entity' };
    return { ok: true, value, type: 'ssm_new' };
  }
  if (/^\d{1,7}[A-Z]$/.test(value)) return { ok: true, value, type: 'ssm_old' };
  return { ok: false, reason: 'format' };
}

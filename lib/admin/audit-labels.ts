import type { Locale } from '@/lib/i18n/locales';
import { namespace } from '@/lib/i18n/messages';

/**
 * The human name of an audit action ("auth.login" → "Log masuk"), from adminAudit.actions in the reader's
 * language; an action with no label yet (a new one, or one from an older version) shows its code.
 */
export function auditActionLabel(locale: Locale, code: string): string {
  const [group, name, ...rest] = code.split('.');
  if (!group || !name || rest.length > 0) return code;
  const actions = namespace(locale, 'adminAudit').actions as Record<string, Record<string, string> | undefined>;
  const label = Object.hasOwn(actions, group) ? actions[group]?.[name] : undefined;
  return typeof label === 'string' && Object.hasOwn(actions[group]!, name) ? label : code;
}

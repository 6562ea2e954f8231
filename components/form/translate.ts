/**
 * Turns a message key ("register.errors.mykadDate") into text, in a client component that was handed the
 * namespaces it needs as plain data (see `namespace()` in lib/i18n/messages.ts) rather than every message
 * of both languages. An unknown key shows as itself, so a gap is visible rather than a crash.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export function messageLookup(namespaces: Record<string, unknown>) {
  return (key: string, vars?: Record<string, string | number>): string => {
    let node: unknown = namespaces;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') return key;
    return vars ? node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : node;
  };
}

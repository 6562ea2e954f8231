import type { ReactNode } from 'react';

export type ReadOnlyItem = { label: string; value: ReactNode; id?: string };

/**
 * Facts the user sees but cannot change on this page (MYDS "summary list"): read as label and value pairs,
 * not as disabled inputs that look editable and are skipped by the keyboard.
 */
export function ReadOnlyList({ items, hint, hintId }: { items: readonly ReadOnlyItem[]; hint?: string; hintId?: string }) {
  return (
    <div className="space-y-2">
      <dl className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-gray-50" aria-describedby={hint ? hintId : undefined}>
        {items.map((item) => (
          <div key={item.label} id={item.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[14rem_minmax(0,1fr)] sm:gap-4">
            <dt className="font-semibold text-gray-700">{item.label}</dt>
            <dd className="break-words text-gray-900">{item.value}</dd>
          </div>
        ))}
      </dl>
      {hint && (
        <p id={hintId} className="text-body-sm text-gray-600">
          {hint}
        </p>
      )}
    </div>
  );
}

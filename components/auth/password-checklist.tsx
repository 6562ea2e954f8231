'use client';

import { PASSWORD_RULES, type PasswordRuleResults } from '@/lib/validation/password-rules';

export type PasswordChecklistProps = {
  /**
   * Null for an empty field, and before the page's script runs: the rules are listed without a verdict
   * (neither met nor failed), so they never contradict the error of a refused password.
   */
  results: PasswordRuleResults | null;
  labels: Record<(typeof PASSWORD_RULES)[number], string>;
  title: string;
  met: string;
  notMet: string;
  id?: string;
};

/**
 * The live checklist of KATALALUAN BARU (requirements §3.2): each rule with a tick or a cross as the user types,
 * a neutral dot for each while the field is empty.
 * Not a live region — reading every keystroke aloud would drown the typing; the state of each rule is in
 * its text ("dipenuhi" / "belum dipenuhi") for whoever moves to the list.
 */
export function PasswordChecklist({ results, labels, title, met, notMet, id }: PasswordChecklistProps) {
  return (
    <div id={id} className="rounded-lg border border-gray-200 bg-gray-50 p-4">
      <p className="font-semibold text-gray-900">{title}</p>
      <ul className="mt-2 space-y-1.5">
        {PASSWORD_RULES.map((rule) => {
          const ok = results?.[rule];
          return (
            <li key={rule} className="flex items-start gap-2" data-rule={rule} data-met={results ? String(ok) : undefined}>
              <RuleIcon state={results ? (ok ? 'met' : 'unmet') : 'unknown'} />
              <span className={ok ? 'text-success-800' : 'text-gray-800'}>
                {labels[rule]}
                {results && <span className="sr-only"> — {ok ? met : notMet}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RuleIcon({ state }: { state: 'met' | 'unmet' | 'unknown' }) {
  const common = {
    'aria-hidden': true,
    focusable: false,
    viewBox: '0 0 20 20',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  } as const;
  if (state === 'met') {
    return (
      <svg {...common} className="mt-0.5 size-5 shrink-0 text-success-700">
        <circle cx="10" cy="10" r="8" />
        <path d="m6.5 10.5 2.5 2.5 4.5-5" />
      </svg>
    );
  }
  if (state === 'unmet') {
    return (
      <svg {...common} className="mt-0.5 size-5 shrink-0 text-gray-500">
        <circle cx="10" cy="10" r="8" />
        <path d="m7.5 7.5 5 5m0-5-5 5" />
      </svg>
    );
  }
  return (
    <svg {...common} className="mt-0.5 size-5 shrink-0 text-gray-500">
      <circle cx="10" cy="10" r="2" fill="currentColor" />
    </svg>
  );
}

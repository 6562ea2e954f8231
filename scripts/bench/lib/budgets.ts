import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RouteJs } from './build-output';

/**
 * The size budgets kept in the repository (scripts/bench/budgets.json), enforced by .ci/run
 * (npm run bench:budgets) and printed by npm run bench. A budget is today's figure rounded up a little, so that
 * growth fails CI; lower it when a page gets lighter. The targets sit beside them, not enforced until met.
 */
export type Budgets = {
  /** First-load JavaScript of every page in app/[locale]/(public), gzipped, KiB (1,024 bytes). */
  publicFirstLoadJsKiB: number;
  /** HTML of each page as served (anonymous), KB (1,000 bytes). */
  htmlKB: Record<string, number>;
  targets: { publicFirstLoadJsKiB: number; htmlKB: Record<string, number> };
};

export const BUDGETS_FILE = path.join(__dirname, '..', 'budgets.json');

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
}

export type Verdict = { what: string; value: number; budget: number; target?: number; unit: 'KiB' | 'KB'; over: boolean };

export function jsVerdicts(routes: RouteJs[], budgets: Budgets): Verdict[] {
  return routes
    .filter((r) => r.group === 'public')
    .map((r) => {
      const value = r.gzipBytes / 1024;
      return {
        what: `first-load JS ${r.route}`,
        value,
        budget: budgets.publicFirstLoadJsKiB,
        target: budgets.targets.publicFirstLoadJsKiB,
        unit: 'KiB' as const,
        over: value > budgets.publicFirstLoadJsKiB,
      };
    });
}

export function htmlVerdicts(htmlBytes: Record<string, number>, budgets: Budgets): Verdict[] {
  return Object.entries(budgets.htmlKB).map(([route, budget]) => {
    const value = (htmlBytes[route] ?? Number.NaN) / 1000;
    return { what: `HTML ${route}`, value, budget, target: budgets.targets.htmlKB[route], unit: 'KB' as const, over: !(value <= budget) };
  });
}

export function verdictLine(v: Verdict): string {
  const target = v.target === undefined ? '' : `  target ${v.target} ${v.unit}${v.value <= v.target ? ' (met)' : ' (not yet met)'}`;
  return `${v.what.padEnd(44)} ${v.value.toFixed(1).padStart(7)} ${v.unit}  budget ${String(v.budget).padStart(4)} ${v.unit} ${v.over ? 'OVER' : 'ok  '}${target}`;
}

import type { RequiredStep } from '@/db/schema';
import { firstOwedStep } from '@/lib/auth/steps';

/** What every first-log-in step answers. A refusal names the step actually owed, for the action's redirect. */
export type StepRefusal = { ok: false; reason: 'not_owed' | 'earlier_step_owed' | 'gone'; owed: RequiredStep | null };
export type StepDone = { ok: true; pendingSteps: RequiredStep[]; status: 'pending' | 'active' };

/** The account's status once a step is done: active when nothing is owed any more (requirements §0.3). */
export function statusAfter(current: string, remaining: RequiredStep[]): 'pending' | 'active' {
  if (remaining.length === 0) return 'active';
  return current === 'active' ? 'active' : 'pending';
}

export function refusal(reason: StepRefusal['reason'], pending: readonly string[]): StepRefusal {
  return { ok: false, reason, owed: firstOwedStep(pending) };
}

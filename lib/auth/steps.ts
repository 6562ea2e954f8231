import { REQUIRED_STEPS, type RequiredStep } from '@/db/schema';

/** Where each first-log-in step is done (requirements §3), and where a user with nothing owed lands. */
export const STEP_PATHS: Record<RequiredStep, string> = {
  terms: '/terma',
  password: '/katalaluan-baru',
  security_question: '/soalan-keselamatan',
};
export const DASHBOARD_PATH = '/dashboard';

/** The step to do next: the first owed in the fixed order, whatever order the list is stored in. */
export function firstOwedStep(pending: readonly string[]): RequiredStep | null {
  return REQUIRED_STEPS.find((step) => pending.includes(step)) ?? null;
}

export function landingPath(pending: readonly string[]): string {
  const step = firstOwedStep(pending);
  return step ? STEP_PATHS[step] : DASHBOARD_PATH;
}

export type StepGate = { ok: true } | { ok: false; reason: 'not_owed' | 'earlier_step_owed'; owed: RequiredStep | null };

/** Whether `step` may be done now: it must be owed, and no step before it may be. */
export function stepGate(step: RequiredStep, pending: readonly string[]): StepGate {
  const owed = firstOwedStep(pending);
  if (owed === step) return { ok: true };
  if (!pending.includes(step)) return { ok: false, reason: 'not_owed', owed };
  return { ok: false, reason: 'earlier_step_owed', owed };
}

/** The steps left once `step` is done, still in order. */
export function withoutStep(pending: readonly string[], step: RequiredStep): RequiredStep[] {
  return REQUIRED_STEPS.filter((s) => s !== step && pending.includes(s));
}

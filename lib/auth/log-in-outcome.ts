import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequiredStep } from '@/db/schema';

/**
 * What LOG MASUK's action needs of the log-in Auth.js ran for it: the steps the account owes, which decide where
 * the user goes next. Auth.js's signIn answers with a URL only; authorize() (auth.ts) records the steps here, in the
 * action's own async context, so the action need not read the account again (issue 11: a log-in in two statements).
 */
type Outcome = { pendingSteps?: RequiredStep[] };
const outcomes = new AsyncLocalStorage<Outcome>();

/** Runs `signIn` and returns the steps the account owes, when it signed in. */
export async function signInForSteps(signIn: () => Promise<unknown>): Promise<RequiredStep[] | undefined> {
  const outcome: Outcome = {};
  await outcomes.run(outcome, signIn);
  return outcome.pendingSteps;
}

/** Called by authorize() once the log-in succeeded; a log-in outside the action (Auth.js's own route) has no reader. */
export function recordLogInOutcome(pendingSteps: RequiredStep[]): void {
  const outcome = outcomes.getStore();
  if (outcome) outcome.pendingSteps = pendingSteps;
}

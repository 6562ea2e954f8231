import { REQUIRED_STEPS, type RequiredStep } from '@/db/schema';
import { getT } from '@/lib/i18n/server';

/**
 * "Langkah 1 daripada 3" above a first-log-in step's title (issue 9 item 7): the step's place in the fixed
 * order, so that the user knows how much is left. A caption of the title, not a heading of its own.
 */
export async function StepProgress({ step }: { step: RequiredStep }) {
  const { t } = await getT();
  return (
    <p className="text-body-sm font-medium text-gray-600" data-step-progress="">
      {t('auth.steps.progress', { current: REQUIRED_STEPS.indexOf(step) + 1, total: REQUIRED_STEPS.length })}
    </p>
  );
}

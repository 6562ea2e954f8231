'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/auth';
import { acceptTerms } from '@/lib/accounts/first-login/accept-terms';
import { declineTerms } from '@/lib/accounts/first-login/decline-terms';
import { requireUser } from '@/lib/auth/guards';
import { landingAfterStep } from '@/lib/auth/return-cookie';
import { landingPath, STEP_PATHS } from '@/lib/auth/steps';
import { asFormData } from '@/lib/forms/form-state';
import { requestContext } from './request-context';

/**
 * Saya Setuju / Tidak Setuju (requirements §3.1): one form, two submit buttons. A plain post: no form state to keep,
 * so every outcome is a redirect — to the next step, to the step actually owed, or (Tidak Setuju) out.
 */
export async function respondToTermsAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const user = await requireUser();
  const { ip, userAgent } = await requestContext();

  if (formData.get('intent') === 'agree') {
    const result = await acceptTerms({ userId: user.id, ip, userAgent });
    redirect(result.ok ? await landingAfterStep(result.pendingSteps) : result.owed ? STEP_PATHS[result.owed] : landingPath([]));
  }

  // Only the Tidak Setuju button ends the session: a post that says neither (a script's, or a damaged form) is
  // sent back to the step owed rather than taken as a refusal.
  if (formData.get('intent') !== 'disagree') redirect(landingPath(user.pendingSteps));

  const result = await declineTerms({ userId: user.id, ip });
  if (!result.ok) redirect(result.owed ? STEP_PATHS[result.owed] : landingPath([]));
  // declineTerms has already ended the session on the server (session version); this clears the cookie.
  await signOut({ redirectTo: '/?keluar=terma' });
}

import type { Metadata } from 'next';
import { TermsText } from '@/components/auth/terms-text';
import { PageTitle } from '@/components/ui/heading';
import { buttonClasses } from '@/components/ui/button';
import { respondToTermsAction } from '@/lib/actions/auth/respond-to-terms';
import { requireStep } from '@/lib/auth/guards';
import { loadTerms } from '@/lib/content/terms';
import { getT } from '@/lib/i18n/server';
import { StepProgress } from '../step-progress';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('auth.terms.title') };
}

/** Terma dan Syarat, the first step (requirements §3.1): Saya Setuju goes on, Tidak Setuju logs out. */
export default async function TermsStepPage() {
  await requireStep('terms');
  const { locale, t } = await getT();
  const terms = await loadTerms(locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <StepProgress step="terms" />
        <PageTitle>{terms.title}</PageTitle>
        <p className="max-w-prose text-body-lg text-gray-700">{t('auth.terms.intro')}</p>
        <p className="text-body-sm text-gray-600">{t('auth.terms.version', { version: terms.version })}</p>
      </div>
      <TermsText terms={terms} locale={locale} />
      <form action={respondToTermsAction} className="flex flex-col gap-3 border-t border-gray-200 pt-6 sm:flex-row">
        <button type="submit" name="intent" value="agree" className={buttonClasses({ size: 'lg' })}>
          {t('auth.terms.agree')}
        </button>
        <button type="submit" name="intent" value="disagree" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
          {t('auth.terms.disagree')}
        </button>
      </form>
    </div>
  );
}

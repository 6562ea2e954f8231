import type { Metadata } from 'next';
import { TermsText } from '@/components/auth/terms-text';
import { PageTitle } from '@/components/ui/heading';
import { loadTerms } from '@/lib/content/terms';
import { getRouteT, type LocaleParams } from '@/lib/i18n/server';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { t } = await getRouteT(props);
  return { title: t('auth.terms.title') };
}

/** The Terma dan Syarat the LOG MASUK box links to: readable before logging in (requirements §2.1). */
export default async function TermsPage(props: LocaleParams) {
  const { locale, t } = await getRouteT(props);
  const terms = await loadTerms(locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageTitle>{terms.title}</PageTitle>
        <p className="text-body-sm text-gray-600">{t('auth.terms.version', { version: terms.version })}</p>
      </div>
      <TermsText terms={terms} locale={locale} />
    </div>
  );
}

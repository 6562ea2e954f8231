import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/heading';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('common.notFound.title') };
}

/** Any unknown address, and every notFound() — shown in the site's own frame so the visitor can carry on. */
export default async function NotFound() {
  const { t } = await getT();
  return (
    <PageShell>
      <div className="max-w-2xl space-y-4">
        <p className="font-heading text-body-lg font-semibold text-primary-700">404</p>
        <PageTitle>{t('common.notFound.title')}</PageTitle>
        <p className="text-body-lg text-gray-700">{t('common.notFound.body')}</p>
        <ButtonLink href="/" variant="secondary">
          {t('common.notFound.back')}
        </ButtonLink>
      </div>
    </PageShell>
  );
}

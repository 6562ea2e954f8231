import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/heading';
import { getT } from '@/lib/i18n/server';

/**
 * The 404 message alone. The frame comes from the layout around it: Next.js embeds each not-found element in
 * the payload of every page under its layout, so a framed one would send the whole frame twice more with
 * every page (issue 11: 28 KB of the home page's 53 KB payload).
 */
export async function NotFoundMessage() {
  const { t } = await getT();
  return (
    <div className="max-w-2xl space-y-4">
      <p className="font-heading text-body-lg font-semibold text-primary-700">404</p>
      <PageTitle>{t('common.notFound.title')}</PageTitle>
      <p className="text-body-lg text-gray-700">{t('common.notFound.body')}</p>
      <ButtonLink href="/" variant="secondary">
        {t('common.notFound.back')}
      </ButtonLink>
    </div>
  );
}

export async function notFoundMetadata() {
  const { t } = await getT();
  return { title: t('common.notFound.title') };
}

import { getT } from '@/lib/i18n/server';

/** The 404's title: read only when a 404 is rendered, which is always on request. */
export async function notFoundMetadata() {
  const { t } = await getT();
  return { title: t('common.notFound.title') };
}

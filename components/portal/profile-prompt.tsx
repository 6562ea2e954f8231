import { ButtonLink } from '@/components/ui/button';
import { Callout } from '@/components/ui/callout';
import type { UserType } from '@/db/schema';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Manual step 15 and requirements §4.1: until the profile is complete, the dashboard asks for it first — the
 * name and address in it are what every application uses.
 */
export function ProfilePrompt({ locale, userType }: { locale: Locale; userType: UserType }) {
  const t = translator(locale);
  const profile = t(`profile.names.${userType}`);
  return (
    <Callout variant="warning" locale={locale} title={t('profile.dashboard.prompt', { profile })} titleAs="h2" className="border-2">
      <p>{t('profile.dashboard.promptBody')}</p>
      <p>
        <ButtonLink href="/profil" className="mt-1 no-underline!">
          {t('profile.dashboard.promptLink', { profile })}
        </ButtonLink>
      </p>
    </Callout>
  );
}

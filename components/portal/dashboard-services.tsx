import { getDb } from '@/db';
import { isProfileComplete } from '@/db/queries/profiles';
import type { UserType } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { ProfilePrompt } from './profile-prompt';
import { ServiceList } from './service-list';

/** The dashboard's body under the greeting: the profile prompt while it is owed, then the services. */
export async function DashboardServices({ userId, userType, locale }: { userId: string; userType: UserType; locale: Locale }) {
  const complete = await isProfileComplete(await getDb(), userId);
  return (
    <div className="space-y-6">
      {!complete && <ProfilePrompt locale={locale} userType={userType} />}
      <ServiceList locale={locale} userType={userType} />
    </div>
  );
}

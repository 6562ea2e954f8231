import 'server-only';
import { appBaseUrl } from '@/lib/config/app-url';

/** The public address for links in profile e-mails: APP_URL only (lib/config/app-url.ts). */
export async function linkBase(): Promise<string> {
  return appBaseUrl();
}

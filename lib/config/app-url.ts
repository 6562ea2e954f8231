import { env } from './env';

/**
 * The public address that every link in an e-mail starts with. Only APP_URL, never a request header:
 * Origin, Host and X-Forwarded-Host are the client's to choose, and a forged one would put a stranger's site
 * into a genuine ECOS e-mail ("password reset poisoning"). Production refuses to start without APP_URL
 * (lib/config/env.ts); the development server is reached at localhost.
 */
export function appBaseUrl(): string {
  const settings = env();
  if (settings.APP_URL) return settings.APP_URL.replace(/\/+$/, '');
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

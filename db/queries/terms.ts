import 'server-only';
import type { Executor } from '@/db';
import { termsConsents, termsVersions } from '@/db/schema';

/** Publishing a version is editing lib/content/terms-version.ts; the first consent to it records the row. */
export async function ensureTermsVersion(executor: Executor, version: string): Promise<void> {
  await executor.insert(termsVersions).values({ version }).onConflictDoNothing();
}

export async function storeConsent(
  executor: Executor,
  consent: { userId: string; version: string; at: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await executor.insert(termsConsents).values({
    userId: consent.userId,
    termsVersion: consent.version,
    acceptedAt: consent.at,
    ip: consent.ip,
    // Headers are client-controlled: keep what is useful for an audit and bound the size.
    userAgent: consent.userAgent ? consent.userAgent.slice(0, 512) : null,
  });
}

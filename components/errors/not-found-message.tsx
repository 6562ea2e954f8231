'use client';

import { useParams } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/heading';
import ms from '@/messages/ms/common.json';
import en from '@/messages/en/common.json';
import { asLocale } from '@/lib/i18n/locales';

/**
 * The 404 message alone. The frame comes from the layout around it: Next.js embeds each not-found element in
 * the payload of every page under its layout, so a framed one would send the whole frame twice more with
 * every page (issue 11: 28 KB of the home page's 53 KB payload). A client component with the language of the
 * path (app/[locale]): that embedded copy must not read the cookie, or no page could be built once per language
 * (decision 0008). Both languages' common.json are in the browser already (components/errors/error-panel.tsx).
 */
export function NotFoundMessage() {
  const { notFound } = asLocale(useParams<{ locale?: string }>().locale) === 'en' ? en : ms;
  return (
    <div className="max-w-2xl space-y-4">
      <p className="font-heading text-body-lg font-semibold text-primary-700">404</p>
      <PageTitle>{notFound.title}</PageTitle>
      <p className="text-body-lg text-gray-700">{notFound.body}</p>
      <ButtonLink href="/" variant="secondary">
        {notFound.back}
      </ButtonLink>
    </div>
  );
}

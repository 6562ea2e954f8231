import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import { RECOVERY_LINK_MINUTES } from '@/lib/accounts/recovery/token';
import { pageSettings } from '@/lib/config/env';
import { displayWebsite, stContact, telHref } from '@/lib/content/st-contact';
import type { Locale } from '@/lib/i18n/locales';
import { parseDocument, type ContentDocument, type DocumentVars } from './document';

/** The content pages kept as text files, each in content/<folder>/<locale>.md. */
export const CONTENT_PAGES = { help: 'help', requirements: 'requirements' } as const;
export type ContentPage = keyof typeof CONTENT_PAGES;

export function contentPath(page: ContentPage, locale: Locale): string {
  return path.join(process.cwd(), 'content', CONTENT_PAGES[page], `${locale}.md`);
}

/**
 * The values the texts may name as {placeholders}. Settings and contact facts come from their one source,
 * so the help page cannot say "5 attempts" after an operator sets the lockout to 3, nor show an old number
 * (the pages are built with the settings, and a server started with others refuses to start: lib/config/env.ts).
 */
export function contentVars(): DocumentVars {
  const settings = pageSettings();
  return {
    generatedPasswordHours: settings.GENERATED_PASSWORD_TTL_HOURS,
    passwordMaxLength: settings.PASSWORD_MAX_LENGTH,
    lockoutThreshold: settings.LOCKOUT_THRESHOLD,
    lockoutMinutes: settings.LOCKOUT_BASE_MINUTES,
    lockoutMaxHours: settings.LOCKOUT_MAX_HOURS,
    recoveryLinkMinutes: RECOVERY_LINK_MINUTES,
    staffDomain: settings.STAFF_EMAIL_DOMAIN,
    tollFree: stContact.tollFree,
    tollFreeHref: telHref(stContact.tollFree),
    telephone: stContact.telephone,
    telephoneHref: telHref(stContact.telephone),
    website: stContact.website,
    websiteLabel: displayWebsite(stContact.website),
  };
}

/** Read at request time, so an officer's edit of a text file shows without a rebuild of the code. */
export async function loadDocument(page: ContentPage, locale: Locale, vars: DocumentVars = contentVars()): Promise<ContentDocument> {
  return parseDocument(await readFile(contentPath(page, locale), 'utf8'), vars);
}

/** One read per request: the page and its metadata both ask for the same document. */
export const loadPage = cache((page: ContentPage, locale: Locale) => loadDocument(page, locale));

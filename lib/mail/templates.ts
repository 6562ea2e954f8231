import 'server-only';
import { render, toPlainText } from '@react-email/render';
import { createElement, type ComponentProps, type ReactElement } from 'react';
import AccountLockedEmail from '@/emails/account-locked';
import CompanyEmailUpdatedEmail from '@/emails/company-email-updated';
import EmailChangeConfirmEmail from '@/emails/email-change-confirm';
import EmailChangeRequestedEmail from '@/emails/email-change-requested';
import EmailChangedEmail from '@/emails/email-changed';
import EmailRestoredEmail from '@/emails/email-restored';
import GeneratedPasswordEmail from '@/emails/generated-password';
import OfficerAccountNoticeEmail from '@/emails/officer-account-notice';
import PasswordChangedEmail from '@/emails/password-changed';
import RecoveryLinkEmail from '@/emails/recovery-link';
import { translator } from '@/lib/i18n/messages';

const ms = translator('ms');
const en = translator('en');

/** Every e-mail is bilingual (requirements §7), so is its subject: Malay first. */
function bilingualSubject(key: string): string {
  return `${ms(key)} / ${en(key)}`;
}

type Entry<P> = { component: (props: P) => ReactElement; subject: (props: P) => string };

/**
 * The e-mails the system sends. Adding one: a template file in emails/ (props type + PreviewProps) and one
 * entry here; its props type follows from the component, so enqueueEmail checks callers' props.
 */
export const TEMPLATES = {
  'generated-password': {
    component: GeneratedPasswordEmail,
    subject: () => bilingualSubject('mail.generatedPassword.subject'),
  },
  'account-locked': {
    component: AccountLockedEmail,
    subject: () => bilingualSubject('auth.mail.accountLocked.subject'),
  },
  'password-changed': {
    component: PasswordChangedEmail,
    subject: () => bilingualSubject('auth.mail.passwordChanged.subject'),
  },
  'recovery-link': {
    component: RecoveryLinkEmail,
    subject: () => bilingualSubject('mail.recoveryLink.subject'),
  },
  'email-change-confirm': {
    component: EmailChangeConfirmEmail,
    subject: () => bilingualSubject('profile.mail.emailChangeConfirm.subject'),
  },
  'email-change-requested': {
    component: EmailChangeRequestedEmail,
    subject: () => bilingualSubject('profile.mail.emailChangeRequested.subject'),
  },
  'email-changed': {
    component: EmailChangedEmail,
    subject: () => bilingualSubject('profile.mail.emailChanged.subject'),
  },
  'email-restored': {
    component: EmailRestoredEmail,
    subject: () => bilingualSubject('profile.mail.emailRestored.subject'),
  },
  'company-email-updated': {
    component: CompanyEmailUpdatedEmail,
    subject: () => bilingualSubject('adminCompanies.mail.companyEmailUpdated.subject'),
  },
  'officer-account-notice': {
    component: OfficerAccountNoticeEmail,
    subject: (props: { kind: 'locked' | 'released' }) => bilingualSubject(`adminUsers.mail.${props.kind}.subject`),
  },
} satisfies Record<string, Entry<never>>;

export type TemplateName = keyof typeof TEMPLATES;
/** Template name → the props its component takes. */
export type TemplateProps = { [N in TemplateName]: ComponentProps<(typeof TEMPLATES)[N]['component']> };

export type RenderedEmail = { subject: string; html: string; text: string };

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps[N]): Promise<RenderedEmail> {
  const entry = TEMPLATES[name] as unknown as Entry<TemplateProps[N]>;
  // TemplateProps[N] stays a deferred union to the compiler once there are several templates; the entry
  // and its props are matched by the registry's types above.
  const element = createElement(entry.component as (p: object) => ReactElement, props as object);
  // One render: the plain text is made from its HTML, as render(element, { plainText: true }) makes it from a second
  // render of its own (the outbox renders every e-mail it sends; tests/unit/email-render.test.ts holds the two equal).
  const html = await render(element);
  return { subject: entry.subject(props), html, text: toPlainText(html) };
}

import { Button, Heading, Section, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type EmailChangeConfirmProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The single-use link, https://…/profil/emel/<token>. */
  link: string;
  /** ISO timestamp; shown in Malaysia time. */
  expiresAt: string;
};

const ms = translator('ms');
const en = translator('en');

const button = {
  backgroundColor: '#1d4ed8',
  borderRadius: '6px',
  color: '#ffffff',
  fontSize: '15px',
  fontWeight: 700,
  padding: '12px 20px',
  textDecoration: 'none',
};
// Written out too: some mail clients hide buttons, and the plain-text part has only this.
const address = { fontSize: '13px', lineHeight: '20px', wordBreak: 'break-all' as const, color: '#1d4ed8', margin: '8px 0' };

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: EmailChangeConfirmProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('profile.mail.emailChangeConfirm.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeConfirm.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeConfirm.body', { maskedId: props.maskedId })}</Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeConfirm.action')}</Text>
      <Section>
        <Button href={props.link} style={button}>
          {t('profile.mail.emailChangeConfirm.button')}
        </Button>
        <Text style={address}>{props.link}</Text>
      </Section>
      <Text style={emailText.paragraph}>
        {t('profile.mail.emailChangeConfirm.expiry', { expiresAt: formatDateTimeMY(props.expiresAt, locale) })}
      </Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeConfirm.notYou')}</Text>
    </>
  );
}

/**
 * requirements §4.3 and §7: sent to the new address when a profile changes its e-mail. The account keeps the old
 * address until this link is used by the logged-in owner.
 */
export default function EmailChangeConfirmEmail(props: EmailChangeConfirmProps) {
  return (
    <EmailLayout
      preview={`${ms('profile.mail.emailChangeConfirm.preview')} / ${en('profile.mail.emailChangeConfirm.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

EmailChangeConfirmEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  link: 'http://localhost:3000/profil/emel/q0Wd6oEulkVq2BXW2mJmWk4S8ZpQ1n3nB2P3hYxHc9A',
  expiresAt: '2026-01-15T09:45:00.000Z',
} satisfies EmailChangeConfirmProps;

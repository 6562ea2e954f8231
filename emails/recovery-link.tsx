import { Button, Heading, Section, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type RecoveryLinkProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The single-use link, https://…/lupa-katalaluan/<token>. */
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
// The address written out too: some mail clients hide buttons, and the plain-text part has only this.
const address = { fontSize: '13px', lineHeight: '20px', wordBreak: 'break-all' as const, color: '#1d4ed8', margin: '8px 0' };

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: RecoveryLinkProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('mail.recoveryLink.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.intro', { maskedId: props.maskedId })}</Text>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.action')}</Text>
      <Section>
        <Button href={props.link} style={button}>
          {t('mail.recoveryLink.button')}
        </Button>
        <Text style={address}>{props.link}</Text>
      </Section>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.expiry', { expiresAt: formatDateTimeMY(props.expiresAt, locale) })}</Text>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.oldPassword')}</Text>
      <Text style={emailText.paragraph}>{t('mail.recoveryLink.notYou')}</Text>
    </>
  );
}

/** requirements §5 and §7: the Lupa Katalaluan link, single use, valid 30 minutes. */
export default function RecoveryLinkEmail(props: RecoveryLinkProps) {
  return (
    <EmailLayout
      preview={`${ms('mail.recoveryLink.preview')} / ${en('mail.recoveryLink.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

RecoveryLinkEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  link: 'http://localhost:3000/lupa-katalaluan/q0Wd6oEulkVq2BXW2mJmWk4S8ZpQ1n3nB2P3hYxHc9A',
  expiresAt: '2026-01-15T09:45:00.000Z',
} satisfies RecoveryLinkProps;

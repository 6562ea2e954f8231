import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type EmailRestoredProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The address put back on the account, partly masked. */
  restoredEmail: string;
  /** The address taken off it, partly masked. */
  removedEmail: string;
  /** ISO timestamp; shown in Malaysia time. */
  restoredAt: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: EmailRestoredProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('profile.mail.emailRestored.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('profile.mail.emailRestored.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>
        {t('profile.mail.emailRestored.body', {
          maskedId: props.maskedId,
          restoredEmail: props.restoredEmail,
          removedEmail: props.removedEmail,
          restoredAt: formatDateTimeMY(props.restoredAt, locale),
        })}
      </Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailRestored.next')}</Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailRestored.notYou')}</Text>
    </>
  );
}

/**
 * Requirements §10.6: to the address put back and to the one taken off, when the old address's link undid a
 * change of e-mail. Every session of the account has ended; the owner is told to change the password.
 */
export default function EmailRestoredEmail(props: EmailRestoredProps) {
  return (
    <EmailLayout
      preview={`${ms('profile.mail.emailRestored.preview')} / ${en('profile.mail.emailRestored.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

EmailRestoredEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  restoredEmail: 'a***@contoh.com.my',
  removedEmail: 'b***@contoh.com.my',
  restoredAt: '2026-01-15T09:45:00.000Z',
} satisfies EmailRestoredProps;

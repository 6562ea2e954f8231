import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type PasswordChangedProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** ISO timestamp; shown in Malaysia time. */
  changedAt: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: PasswordChangedProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('auth.mail.passwordChanged.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('auth.mail.passwordChanged.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>
        {t('auth.mail.passwordChanged.body', { maskedId: props.maskedId, changedAt: formatDateTimeMY(props.changedAt, locale) })}
      </Text>
      <Text style={emailText.paragraph}>{t('auth.mail.passwordChanged.notYou')}</Text>
    </>
  );
}

/** requirements §5 and §7: sent whenever a password is set or changed, so an owner notices a change not theirs. */
export default function PasswordChangedEmail(props: PasswordChangedProps) {
  return (
    <EmailLayout
      preview={`${ms('auth.mail.passwordChanged.preview')} / ${en('auth.mail.passwordChanged.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

PasswordChangedEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  changedAt: '2026-01-15T09:45:00.000Z',
} satisfies PasswordChangedProps;

import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type EmailChangedProps = {
  name: string;
  /** The login id partly masked (SPEC "Data rules"). */
  maskedId: string;
  /** The new address, partly masked (a***@contoh.com.my). */
  newEmail: string;
  /** ISO timestamp; shown in Malaysia time. */
  changedAt: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: EmailChangedProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('profile.mail.emailChanged.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChanged.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>
        {t('profile.mail.emailChanged.body', {
          maskedId: props.maskedId,
          newEmail: props.newEmail,
          changedAt: formatDateTimeMY(props.changedAt, locale),
        })}
      </Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChanged.notYou')}</Text>
    </>
  );
}

/** SPEC §7: the e-mail address changed notice, to the old and the new address, once the change is made. */
export default function EmailChangedEmail(props: EmailChangedProps) {
  return (
    <EmailLayout
      preview={`${ms('profile.mail.emailChanged.preview')} / ${en('profile.mail.emailChanged.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

EmailChangedEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  newEmail: 'a***@contoh.com.my',
  changedAt: '2026-01-15T09:45:00.000Z',
} satisfies EmailChangedProps;

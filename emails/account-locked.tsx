import { Heading, Text } from '@react-email/components';
import { appBaseUrl } from '@/lib/config/app-url';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';
import { LinkButton } from './components/link-button';

export type AccountLockedProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** ISO timestamp; shown in Malaysia time. */
  lockedUntil: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: AccountLockedProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('auth.mail.accountLocked.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('auth.mail.accountLocked.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>{t('auth.mail.accountLocked.body', { maskedId: props.maskedId })}</Text>
      <Text style={emailText.paragraph}>{t('auth.mail.accountLocked.until', { until: formatDateTimeMY(props.lockedUntil, locale) })}</Text>
      {/* requirements §10.5: a locked id with a security question takes no answers until the lock ends, so
          the e-mail does not promise an unlock at once. */}
      <Text style={emailText.paragraph}>{t('auth.mail.accountLocked.recovery')}</Text>
      <LinkButton href={`${appBaseUrl()}/lupa-katalaluan`} label={t('auth.mail.accountLocked.recoveryButton')} />
      <Text style={emailText.paragraph}>{t('auth.mail.accountLocked.notYou')}</Text>
    </>
  );
}

/** requirements §2.3 and §7: one notice per lock, sent through the outbox in the lock's own transaction. */
export default function AccountLockedEmail(props: AccountLockedProps) {
  return (
    <EmailLayout
      preview={`${ms('auth.mail.accountLocked.preview')} / ${en('auth.mail.accountLocked.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

AccountLockedEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  lockedUntil: '2026-01-15T09:45:00.000Z',
} satisfies AccountLockedProps;

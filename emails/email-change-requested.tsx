import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';
import { LinkButton } from './components/link-button';

export type EmailChangeRequestedProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The address asked for, partly masked (a***@contoh.com.my). */
  newEmail: string;
  /** ISO timestamp; shown in Malaysia time. */
  requestedAt: string;
  /** The single-use link, https://…/batal-tukar-emel/<token>. */
  cancelLink: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: EmailChangeRequestedProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t('profile.mail.emailChangeRequested.heading')}
      </Heading>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeRequested.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>
        {t('profile.mail.emailChangeRequested.body', {
          maskedId: props.maskedId,
          newEmail: props.newEmail,
          requestedAt: formatDateTimeMY(props.requestedAt, locale),
        })}
      </Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeRequested.action')}</Text>
      <LinkButton href={props.cancelLink} label={t('profile.mail.emailChangeRequested.button')} />
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeRequested.after')}</Text>
      <Text style={emailText.paragraph}>{t('profile.mail.emailChangeRequested.you')}</Text>
    </>
  );
}

/**
 * Requirements §10.6: to the account's current address when a new one is asked for, before anything
 * changes, with the link that cancels the request (or, once it took effect, undoes it for 7 days) — the
 * current address is the one Lupa Katalaluan would lose.
 */
export default function EmailChangeRequestedEmail(props: EmailChangeRequestedProps) {
  return (
    <EmailLayout
      preview={`${ms('profile.mail.emailChangeRequested.preview')} / ${en('profile.mail.emailChangeRequested.preview')}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

EmailChangeRequestedEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  newEmail: 'b***@contoh.com.my',
  requestedAt: '2026-01-15T09:45:00.000Z',
  cancelLink: 'http://localhost:3000/batal-tukar-emel/PTawp2RSiyfbiv7zueM3oRRP-Vcc37_lKGz8GdzO6m4',
} satisfies EmailChangeRequestedProps;

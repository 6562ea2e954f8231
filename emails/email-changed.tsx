import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';
import { LinkButton } from './components/link-button';

export type EmailChangedProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The new address, partly masked (a***@contoh.com.my). */
  newEmail: string;
  /** ISO timestamp; shown in Malaysia time. */
  changedAt: string;
  /**
   * Only in the copy to the old address: the single-use link that undoes the change
   * (https://…/batal-tukar-emel/<token>), and until when it does (ISO). The new address never gets it.
   */
  cancelLink?: string;
  cancelUntil?: string;
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
      {props.cancelLink && props.cancelUntil ? (
        <>
          <Text style={emailText.paragraph}>
            {t('profile.mail.emailChanged.undo', { cancelUntil: formatDateTimeMY(props.cancelUntil, locale) })}
          </Text>
          <LinkButton href={props.cancelLink} label={t('profile.mail.emailChanged.undoButton')} />
        </>
      ) : null}
      <Text style={emailText.paragraph}>{t('profile.mail.emailChanged.notYou')}</Text>
    </>
  );
}

/**
 * requirements §7: the e-mail address changed notice, to the old and the new address, once the change is made; the
 * old address's copy carries the link that undoes it (requirements §10.6).
 */
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
  cancelLink: 'http://localhost:3000/batal-tukar-emel/PTawp2RSiyfbiv7zueM3oRRP-Vcc37_lKGz8GdzO6m4',
  cancelUntil: '2026-01-22T09:45:00.000Z',
} satisfies EmailChangedProps;

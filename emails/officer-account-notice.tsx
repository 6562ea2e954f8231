import { Heading, Text } from '@react-email/components';
import { organisationName, stContact } from '@/lib/content/st-contact';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

/**
 * An account an ST officer acted on, told by e-mail, with no link (decision 0006):
 * - `locked`: Lupa Katalaluan was asked for an account an officer locked. The recovery answers on screen as
 *   for any other; this e-mail says the account is locked by ST and names the office to go to.
 * - `released`: an officer released the id this account held (SPEC "squatting": its owner proved who they
 *   are at the office); the account is disabled.
 */
export type OfficerAccountNoticeProps = {
  kind: 'locked' | 'released';
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
};

const ms = translator('ms');
const en = translator('en');

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: OfficerAccountNoticeProps; as: 'h1' | 'h2' }) {
  const key = `adminUsers.mail.${props.kind}`;
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t(`${key}.heading`)}
      </Heading>
      <Text style={emailText.paragraph}>{t('adminUsers.mail.greeting', { name: props.name })}</Text>
      <Text style={emailText.paragraph}>{t(`${key}.body`, { maskedId: props.maskedId })}</Text>
      <Text style={emailText.paragraph}>{t(`${key}.office`)}</Text>
      <Text style={emailText.paragraph}>
        {organisationName(locale)}
        <br />
        {stContact.address.map((line) => (
          <span key={line}>
            {line}
            <br />
          </span>
        ))}
        {t('adminUsers.mail.telephone', { telephone: stContact.telephone, tollFree: stContact.tollFree })}
      </Text>
      <Text style={emailText.paragraph}>{t(`${key}.notYou`)}</Text>
    </>
  );
}

export default function OfficerAccountNoticeEmail(props: OfficerAccountNoticeProps) {
  const key = `adminUsers.mail.${props.kind}.preview`;
  return (
    <EmailLayout
      preview={`${ms(key)} / ${en(key)}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

OfficerAccountNoticeEmail.PreviewProps = {
  kind: 'locked',
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
} satisfies OfficerAccountNoticeProps;

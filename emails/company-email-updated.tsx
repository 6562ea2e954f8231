import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type CompanyEmailUpdatedProps = {
  /** The company's name as ST's record holds it. */
  companyName: string;
  /** The record's SSM number(s), new / old. */
  ssm: string;
  /** The new address, partly masked (a***@contoh.com.my). */
  newEmail: string;
  /** ISO timestamp; shown in Malaysia time. */
  changedAt: string;
  /** Which copy: the address on file before the change, or the new one (which may now register). */
  recipient: 'old' | 'new';
};

const ms = translator('ms');
const en = translator('en');
const K = 'adminCompanies.mail.companyEmailUpdated';

function Part({ t, locale, props, as }: { t: Translate; locale: 'ms' | 'en'; props: CompanyEmailUpdatedProps; as: 'h1' | 'h2' }) {
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t(`${K}.heading`)}
      </Heading>
      <Text style={emailText.paragraph}>{t(`${K}.greeting`, { name: props.companyName })}</Text>
      <Text style={emailText.paragraph}>
        {t(`${K}.body`, { ssm: props.ssm, newEmail: props.newEmail, changedAt: formatDateTimeMY(props.changedAt, locale) })}
      </Text>
      <Text style={emailText.paragraph}>{t(props.recipient === 'new' ? `${K}.toNew` : `${K}.toOld`)}</Text>
      <Text style={emailText.paragraph}>{t(`${K}.notYou`)}</Text>
    </>
  );
}

/**
 * requirements §1.5 and §7 ("makluman kemaskini emel"): an ST officer changed the e-mail on a company's record,
 * the one its registration must use. Sent to the old and the new address.
 */
export default function CompanyEmailUpdatedEmail(props: CompanyEmailUpdatedProps) {
  return (
    <EmailLayout
      preview={`${ms(`${K}.preview`)} / ${en(`${K}.preview`)}`}
      malay={<Part t={ms} locale="ms" props={props} as="h1" />}
      english={<Part t={en} locale="en" props={props} as="h2" />}
    />
  );
}

CompanyEmailUpdatedEmail.PreviewProps = {
  companyName: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
  ssm: '201901000005 / 123456A',
  newEmail: 'p***@contoh-elektrik.com.my',
  changedAt: '2026-01-15T09:45:00.000Z',
  recipient: 'new',
} satisfies CompanyEmailUpdatedProps;

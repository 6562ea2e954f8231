import { Heading, Section, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './components/email-layout';

export type GeneratedPasswordProps = {
  name: string;
  /** The login id partly masked (requirements §0.3), e.g. 700101-**-**34: never the full MyKad. */
  maskedId: string;
  password: string;
  /** ISO timestamp; shown in Malaysia time. */
  expiresAt: string;
};

const ms = translator('ms');
const en = translator('en');

/**
 * requirements §1.6 and §7: the generated password, sent after registration. The credentials appear once, in the
 * Malay part; the English part points back to them rather than repeating the password.
 */
export default function GeneratedPasswordEmail({ name, maskedId, password, expiresAt }: GeneratedPasswordProps) {
  return (
    <EmailLayout
      preview={`${ms('mail.generatedPassword.preview')} / ${en('mail.generatedPassword.preview')}`}
      malay={
        <>
          <Heading as="h1" style={emailText.heading}>
            {ms('mail.generatedPassword.heading')}
          </Heading>
          <Text style={emailText.paragraph}>{ms('mail.generatedPassword.greeting', { name })}</Text>
          <Text style={emailText.paragraph}>{ms('mail.generatedPassword.intro')}</Text>
          <Section>
            <Text style={emailText.credential}>{ms('mail.generatedPassword.loginId', { value: maskedId })}</Text>
            <Text style={emailText.credential}>{ms('mail.generatedPassword.password', { value: password })}</Text>
          </Section>
          <Text style={emailText.paragraph}>{ms('mail.generatedPassword.expiry', { expiresAt: formatDateTimeMY(expiresAt, 'ms') })}</Text>
          <Text style={emailText.paragraph}>{ms('mail.generatedPassword.firstLogin')}</Text>
          <Text style={emailText.paragraph}>{ms('mail.generatedPassword.notYou')}</Text>
        </>
      }
      english={
        <>
          <Heading as="h2" style={emailText.heading}>
            {en('mail.generatedPassword.heading')}
          </Heading>
          <Text style={emailText.paragraph}>{en('mail.generatedPassword.greeting', { name })}</Text>
          <Text style={emailText.paragraph}>{en('mail.generatedPassword.intro')}</Text>
          <Text style={emailText.paragraph}>{en('mail.generatedPassword.expiry', { expiresAt: formatDateTimeMY(expiresAt, 'en') })}</Text>
          <Text style={emailText.paragraph}>{en('mail.generatedPassword.firstLogin')}</Text>
          <Text style={emailText.paragraph}>{en('mail.generatedPassword.notYou')}</Text>
        </>
      }
    />
  );
}

GeneratedPasswordEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  password: 'dhW51Frg',
  expiresAt: '2026-01-15T09:30:00.000Z',
} satisfies GeneratedPasswordProps;

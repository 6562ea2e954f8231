import { Heading, Text } from '@react-email/components';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { translator, type Translate } from '@/lib/i18n/messages';
import { EmailLayout, emailText } from './email-layout';
import { LinkButton } from './link-button';

export type SingleUseLinkProps = {
  name: string;
  /** The login id partly masked (requirements §0.3). */
  maskedId: string;
  /** The single-use link. */
  link: string;
  /** ISO timestamp; shown in Malaysia time. */
  expiresAt: string;
};

/**
 * Where a template's texts are: `messages` is the namespace of heading, preview, greeting ({name}), action,
 * button, expiry ({expiresAt}) and notYou; `intro` the key of its paragraph with {maskedId}; `before` the
 * keys of any paragraphs between the expiry and notYou.
 */
export type SingleUseLinkTexts = { messages: string; intro: string; before?: readonly string[] };

const ms = translator('ms');
const en = translator('en');

type PartProps = { t: Translate; locale: 'ms' | 'en'; texts: SingleUseLinkTexts; props: SingleUseLinkProps; as: 'h1' | 'h2' };

function Part({ t, locale, texts, props, as }: PartProps) {
  const key = (name: string) => `${texts.messages}.${name}`;
  return (
    <>
      <Heading as={as} style={emailText.heading}>
        {t(key('heading'))}
      </Heading>
      <Text style={emailText.paragraph}>{t(key('greeting'), { name: props.name })}</Text>
      <Text style={emailText.paragraph}>{t(key(texts.intro), { maskedId: props.maskedId })}</Text>
      <Text style={emailText.paragraph}>{t(key('action'))}</Text>
      <LinkButton href={props.link} label={t(key('button'))} />
      <Text style={emailText.paragraph}>{t(key('expiry'), { expiresAt: formatDateTimeMY(props.expiresAt, locale) })}</Text>
      {texts.before?.map((name) => (
        <Text key={name} style={emailText.paragraph}>
          {t(key(name))}
        </Text>
      ))}
      <Text style={emailText.paragraph}>{t(key('notYou'))}</Text>
    </>
  );
}

/**
 * An e-mail whose point is one single-use link with an expiry (Lupa Katalaluan, a new address's
 * confirmation): greeting, what the link does, the button with the address written out, until when it
 * works, and what to do if the reader did not ask — in Malay, then English (requirements §7).
 */
export function SingleUseLinkEmail({ texts, props }: { texts: SingleUseLinkTexts; props: SingleUseLinkProps }) {
  return (
    <EmailLayout
      preview={`${ms(`${texts.messages}.preview`)} / ${en(`${texts.messages}.preview`)}`}
      malay={<Part t={ms} locale="ms" texts={texts} props={props} as="h1" />}
      english={<Part t={en} locale="en" texts={texts} props={props} as="h2" />}
    />
  );
}

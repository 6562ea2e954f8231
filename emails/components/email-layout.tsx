import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { appBaseUrl } from '@/lib/config/app-url';
import { displayWebsite, organisationName, stContact } from '@/lib/content/st-contact';
import { translator } from '@/lib/i18n/messages';
import { LinkButton } from './link-button';

/**
 * The shell of every ECOS e-mail: ST / ECOS header, the Malay text, then the same message in English
 * (requirements §7), and a footer. Styles are inline because mail clients drop <style> blocks.
 */
const ms = translator('ms');
const en = translator('en');

const colours = { primary: '#1d4ed8', ink: '#18181b', muted: '#52525b', line: '#e4e4e7', page: '#f4f4f5' };

const body = {
  backgroundColor: colours.page,
  fontFamily: 'Arial, Helvetica, sans-serif',
  color: colours.ink,
  margin: 0,
  padding: '24px 0',
};
const container = {
  backgroundColor: '#ffffff',
  maxWidth: '600px',
  margin: '0 auto',
  border: `1px solid ${colours.line}`,
  borderRadius: '8px',
};
const header = { backgroundColor: colours.primary, borderRadius: '8px 8px 0 0', padding: '16px 24px' };
const brand = { color: '#ffffff', fontSize: '18px', fontWeight: 700, margin: 0 };
const system = { color: '#dbeafe', fontSize: '13px', margin: '4px 0 0' };
const content = { padding: '8px 24px' };
const footer = { padding: '8px 24px 16px', color: colours.muted, fontSize: '12px', lineHeight: '18px' };
const rule = { padding: '8px 24px' };
const small = { fontSize: '12px', lineHeight: '18px', color: colours.muted, margin: '4px 0' };

export function EmailLayout({ preview, malay, english }: { preview: string; malay: ReactNode; english: ReactNode }) {
  return (
    <Html lang="ms">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section style={header}>
            <Text style={brand}>{organisationName('ms')}</Text>
            <Text style={system}>{ms('mail.layout.system')}</Text>
          </Section>
          <Section style={content}>
            <Text style={small} lang="en">
              {ms('mail.layout.englishBelow')}
            </Text>
            {malay}
          </Section>
          <Section style={rule}>
            <Hr style={{ borderColor: colours.line, margin: 0 }} />
          </Section>
          <Section style={content} lang="en">
            {english}
          </Section>
          <Section style={rule}>
            <Hr style={{ borderColor: colours.line, margin: 0 }} />
          </Section>
          {/* Manual §1.0: the e-mail carries the system's address. Every e-mail, so a reader can always reach
              LOG MASUK (on the home page) without searching for the site; from APP_URL only (app-url.ts). */}
          <Section style={content}>
            <Text style={small}>{ms('mail.layout.loginIntro')}</Text>
            <Text style={small} lang="en">
              {en('mail.layout.loginIntro')}
            </Text>
            <LinkButton href={logInUrl()} label={`${ms('mail.layout.loginButton')} / ${en('mail.layout.loginButton')}`} />
          </Section>
          <Section style={footer}>
            <Text style={small}>{ms('mail.layout.automated')}</Text>
            <Text style={small} lang="en">
              {en('mail.layout.automated')}
            </Text>
            {/* The contact facts live in one content file an officer keeps up to date (requirements §9). */}
            <Text style={small}>{[organisationName('ms'), ...stContact.address].join(', ')}</Text>
            <Text style={small}>
              {ms('mail.layout.contact', { tollFree: stContact.tollFree, website: displayWebsite(stContact.website) })}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The LOG MASUK page: the home page at APP_URL. */
export function logInUrl(): string {
  return `${appBaseUrl()}/`;
}

/** Shared text styles so templates look alike. */
export const emailText = {
  heading: { fontSize: '20px', fontWeight: 700, margin: '16px 0 8px', color: colours.ink },
  paragraph: { fontSize: '15px', lineHeight: '22px', margin: '12px 0' },
  credential: {
    fontFamily: "'Courier New', Courier, monospace",
    fontSize: '16px',
    fontWeight: 700,
    margin: '4px 0',
    padding: '6px 10px',
    backgroundColor: colours.page,
    borderRadius: '4px',
  },
};

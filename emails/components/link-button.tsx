import { Button, Section, Text } from '@react-email/components';

const button = {
  backgroundColor: '#1d4ed8',
  borderRadius: '6px',
  color: '#ffffff',
  fontSize: '15px',
  fontWeight: 700,
  padding: '12px 20px',
  textDecoration: 'none',
};
const address = { fontSize: '13px', lineHeight: '20px', wordBreak: 'break-all' as const, color: '#1d4ed8', margin: '8px 0' };

/**
 * A link as a button, with the address written out below it: some mail clients hide buttons, and the
 * plain-text part has only the address.
 */
export function LinkButton({ href, label }: { href: string; label: string }) {
  return (
    <Section>
      <Button href={href} style={button}>
        {label}
      </Button>
      <Text style={address}>{href}</Text>
    </Section>
  );
}

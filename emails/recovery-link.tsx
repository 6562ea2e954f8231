import { SingleUseLinkEmail, type SingleUseLinkProps } from './components/single-use-link-email';

/** link: https://…/lupa-katalaluan/<token>. */
export type RecoveryLinkProps = SingleUseLinkProps;

/** requirements §5 and §7: the Lupa Katalaluan link, single use, valid 30 minutes. */
export default function RecoveryLinkEmail(props: RecoveryLinkProps) {
  return <SingleUseLinkEmail texts={{ messages: 'mail.recoveryLink', intro: 'intro', before: ['oldPassword'] }} props={props} />;
}

RecoveryLinkEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  link: 'http://localhost:3000/lupa-katalaluan/q0Wd6oEulkVq2BXW2mJmWk4S8ZpQ1n3nB2P3hYxHc9A',
  expiresAt: '2026-01-15T09:45:00.000Z',
} satisfies RecoveryLinkProps;

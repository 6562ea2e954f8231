import { SingleUseLinkEmail, type SingleUseLinkProps } from './components/single-use-link-email';

/** link: https://…/profil/emel/<token>. */
export type EmailChangeConfirmProps = SingleUseLinkProps;

/**
 * requirements §4.3 and §7: sent to the new address when a profile changes its e-mail. The account keeps the old
 * address until this link is used by the logged-in owner.
 */
export default function EmailChangeConfirmEmail(props: EmailChangeConfirmProps) {
  return <SingleUseLinkEmail texts={{ messages: 'profile.mail.emailChangeConfirm', intro: 'body' }} props={props} />;
}

EmailChangeConfirmEmail.PreviewProps = {
  name: 'ALI BIN ABU',
  maskedId: '700101-**-**34',
  link: 'http://localhost:3000/profil/emel/q0Wd6oEulkVq2BXW2mJmWk4S8ZpQ1n3nB2P3hYxHc9A',
  expiresAt: '2026-01-15T09:45:00.000Z',
} satisfies EmailChangeConfirmProps;

'use client';

import { Container } from './container';
import { EcosMark } from './wordmark';

/** The footer's words and ST's contact facts, looked up on the server (site-footer.tsx). */
export type FooterContent = {
  siteName: string;
  organisation: string;
  addressLabel: string;
  address: readonly string[];
  contactTitle: string;
  /** Toll-free line, telephone, fax, website: label, what is shown, and the link when there is one. */
  contacts: readonly { label: string; text: string; href?: string }[];
  areaOffices: string;
  copyright: string;
};

/**
 * The footer's markup; a client component for the same reason as the header (site-header-view.tsx): the page's
 * hydration payload carries these strings instead of the footer's rendered tree.
 */
export function SiteFooterView({ content }: { content: FooterContent }) {
  return (
    <footer className="mt-auto border-t border-gray-200 bg-gray-50 text-body-sm text-gray-700">
      <Container className="grid gap-8 py-10 md:grid-cols-2">
        <div className="space-y-3">
          <p className="flex items-center gap-2">
            <EcosMark className="size-7" />
            <span className="font-heading font-bold tracking-wider text-primary-900">{content.siteName}</span>
            <span className="font-heading text-body-md font-semibold text-gray-900">{content.organisation}</span>
          </p>
          <address className="not-italic">
            <span className="sr-only">{content.addressLabel}: </span>
            {content.address.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>

        <div>
          <h2 className="font-heading text-body-md font-semibold text-gray-900">{content.contactTitle}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
            {content.contacts.map(({ label, text, href }) => [
              <dt key={`${label}:dt`}>{label}</dt>,
              <dd key={`${label}:dd`}>
                {href ? (
                  <a href={href} className="text-link">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </dd>,
            ])}
          </dl>
          <p className="mt-3 text-gray-600">{content.areaOffices}</p>
        </div>
      </Container>
      <div className="border-t border-gray-200">
        <Container className="py-4 text-body-xs text-gray-600">{content.copyright}</Container>
      </div>
    </footer>
  );
}

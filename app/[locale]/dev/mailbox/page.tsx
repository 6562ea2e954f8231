import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PageShell } from '@/components/layout/page-shell';
import { PageTitle, SectionTitle } from '@/components/ui/heading';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getT } from '@/lib/i18n/server';
import { getDevMailboxMessage, listDevMailbox } from '@/lib/mail/dev-mailbox';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('mail.mailbox.title'), robots: { index: false, follow: false } };
}

/**
 * The development mailbox (requirements §7): what the system "sent" while no mail service is configured. It holds
 * real passwords of local test accounts, so it must not exist in production; decided per request, never
 * prerendered.
 */
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  await connection();
  if (process.env.NODE_ENV === 'production') notFound();

  const { t, locale } = await getT();
  const { id } = await searchParams;
  const messages = await listDevMailbox();
  const selected = typeof id === 'string' ? await getDevMailboxMessage(id) : (messages[0] ?? null);

  return (
    <PageShell>
      <div className="space-y-8">
        <div className="space-y-2">
          <PageTitle>{t('mail.mailbox.title')}</PageTitle>
          <p className="max-w-prose text-body-md text-gray-700">{t('mail.mailbox.intro')}</p>
        </div>

        <div className="grid gap-8 lg:grid-cols-[22rem_minmax(0,1fr)]">
          <section aria-labelledby="senarai-emel" className="space-y-3">
            <SectionTitle id="senarai-emel">{t('mail.mailbox.listHeading')}</SectionTitle>
            {messages.length === 0 ? (
              <p className="text-body-md text-gray-700">{t('mail.mailbox.empty')}</p>
            ) : (
              <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200">
                {messages.map((m) => {
                  const current = selected?.id === m.id;
                  return (
                    <li key={m.id}>
                      <Link
                        href={`/dev/mailbox?id=${m.id}`}
                        aria-current={current ? 'true' : undefined}
                        className={`block p-3 text-body-sm hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-primary-600 ${current ? 'bg-primary-50' : ''}`}
                      >
                        <span className="block font-semibold text-primary-700 underline">{m.subject}</span>
                        <span className="block break-all text-gray-700">{m.to}</span>
                        <span className="block text-gray-500">{formatDateTimeMY(m.createdAt, locale)}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          {selected ? (
            <section aria-labelledby="emel-dipilih" className="min-w-0 space-y-4">
              <SectionTitle id="emel-dipilih">{selected.subject}</SectionTitle>
              <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-body-sm">
                <dt className="font-semibold">{t('mail.mailbox.received')}</dt>
                <dd>{formatDateTimeMY(selected.createdAt, locale)}</dd>
                <dt className="font-semibold">{t('mail.mailbox.from')}</dt>
                <dd className="break-all">{selected.from}</dd>
                <dt className="font-semibold">{t('mail.mailbox.to')}</dt>
                <dd className="break-all">{selected.to}</dd>
                <dt className="font-semibold">{t('mail.mailbox.subject')}</dt>
                <dd>{selected.subject}</dd>
              </dl>

              <SectionTitle as="h3">{t('mail.mailbox.htmlHeading')}</SectionTitle>
              {/* sandbox with no permissions: the mail's HTML runs no script and gets an opaque origin. */}
              <iframe
                title={t('mail.mailbox.htmlFrameTitle')}
                srcDoc={selected.html}
                sandbox=""
                className="h-[40rem] w-full rounded-lg border border-gray-200 bg-white"
              />

              <SectionTitle as="h3">{t('mail.mailbox.textHeading')}</SectionTitle>
              <pre className="overflow-x-auto rounded-lg border border-gray-200 bg-gray-50 p-4 font-mono text-body-sm whitespace-pre-wrap">
                {selected.text}
              </pre>
            </section>
          ) : typeof id === 'string' ? (
            <p className="text-body-md text-gray-700">{t('mail.mailbox.notFound')}</p>
          ) : null}
        </div>
      </div>
    </PageShell>
  );
}

'use client';

import Link from 'next/link';
import { SectionTitle } from '@/components/ui/heading';
import type { ServiceGroup } from '@/lib/portal/services';

/**
 * The services' markup (service-list.tsx chooses them and their words). A client component for the page's size, as
 * the header is (components/layout/site-header-view.tsx): the hydration payload carries the names, not the tree.
 */
export function ServiceListView({
  groups,
  words,
}: {
  groups: readonly ServiceGroup[];
  words: { title: string; intro: string; notYetAvailable: string };
}) {
  return (
    <section aria-labelledby="services-title" className="space-y-4">
      <SectionTitle id="services-title">{words.title}</SectionTitle>
      <p className="text-gray-700">{words.intro}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`services-${group.id}`} className="card p-4">
            <h3 id={`services-${group.id}`} className="font-heading text-body-lg font-semibold text-gray-900">
              {group.title}
            </h3>
            <ul className="mt-2 divide-y divide-gray-100">
              {group.services.map((service) => (
                <li key={service.name} className="service-row">
                  {service.href ? (
                    <Link href={service.href} className="text-link underline-offset-2">
                      {service.name}
                    </Link>
                  ) : (
                    <>
                      <span className="min-w-0 flex-1 text-gray-800">{service.name}</span>
                      <span className="later-badge">{words.notYetAvailable}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

export type AuditTableRow = {
  id: number;
  /** ISO, for <time dateTime>. */
  iso: string;
  /** Malaysia time, as the page shows it. */
  time: string;
  action: string;
  actionCode: string;
  actor: { loginId: string; name: string } | null;
  target: { loginId: string; name: string } | null;
  ip: string;
  details: string;
};

export type AuditTableProps = {
  rows: readonly AuditTableRow[];
  labels: {
    caption: string;
    at: string;
    action: string;
    actor: string;
    target: string;
    ip: string;
    details: string;
    none: string;
    system: string;
  };
};

function Person({ person, system }: { person: AuditTableRow['actor']; system: string }) {
  if (!person) return <span className="text-gray-600">{system}</span>;
  return (
    <>
      <span className="font-mono">{person.loginId}</span>
      {person.name && <span className="block text-gray-700">{person.name}</span>}
    </>
  );
}

/**
 * The audit rows as a table. On a phone it scrolls sideways inside its own focusable region (the page itself
 * never does): the columns are what make rows comparable, so they stay columns.
 */
export function AuditTable({ rows, labels }: AuditTableProps) {
  if (rows.length === 0) return <p className="rounded-md border border-gray-300 bg-gray-50 p-4">{labels.none}</p>;
  return (
    <div
      role="region"
      aria-labelledby="audit-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-md border border-gray-300 focus-visible:outline-2"
    >
      <table className="min-w-[56rem] w-full border-collapse text-left text-body-sm">
        <caption id="audit-caption" className="sr-only">
          {labels.caption}
        </caption>
        <thead className="bg-gray-50">
          <tr>
            {[labels.at, labels.action, labels.actor, labels.target, labels.ip, labels.details].map((h) => (
              <th key={h} scope="col" className="border-b border-gray-300 px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="align-top odd:bg-white even:bg-gray-50">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={row.iso}>{row.time}</time>
              </td>
              <td className="px-3 py-2">
                {row.action}
                {row.action !== row.actionCode && <span className="block font-mono text-gray-600">{row.actionCode}</span>}
              </td>
              <td className="px-3 py-2">
                <Person person={row.actor} system={labels.system} />
              </td>
              <td className="px-3 py-2">
                <Person person={row.target} system="-" />
              </td>
              <td className="px-3 py-2 font-mono whitespace-nowrap">{row.ip || '-'}</td>
              <td className="px-3 py-2 break-words">{row.details || '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rows of a raw `execute`: postgres-js answers with them, PGlite with a result holding them. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

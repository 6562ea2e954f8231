import { readiness } from '@/lib/server/readiness';

/**
 * Readiness: 200 when this instance can serve users (database, migrations, mail going out), else 503 with the
 * reason as JSON (docs/operations.md says what each means). No session, no audit row, no secrets.
 */
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const result = await readiness();
  return Response.json(result, { status: result.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}

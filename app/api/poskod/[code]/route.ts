import { lookupPostcode } from '@/lib/profile/postcodes';
import { postcodeDigits } from '@/lib/profile/states';

/**
 * GET /api/poskod/62100 → { found: true, state: "W.P. Putrajaya", cities: ["Putrajaya"] }, for the profile
 * form while typing: the browser gets one postcode's answer, never the whole data set. Public data, so no
 * session is needed, and answers may be cached a day.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const postcode = postcodeDigits((await params).code);
  if (!postcode) return Response.json({ found: false }, { status: 400 });
  const match = lookupPostcode(postcode);
  const headers = { 'Cache-Control': 'public, max-age=86400' };
  if (!match) return Response.json({ found: false }, { status: 404, headers });
  return Response.json({ found: true, state: match.state, cities: match.cities }, { headers });
}

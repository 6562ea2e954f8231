import { formFields } from '../../../tests/security/support/forms';
import { Client } from '../../../tests/security/support/http';

/**
 * Logs a seeded account in through LOG MASUK as a browser without JavaScript does, and returns the session cookie
 * header for signed-in pages; `hidden`: the form's hidden fields, for loads that post it again. `landing`: where a
 * log-in ends (the starter's is /me).
 */
export async function signIn(
  baseURL: string,
  loginId: string,
  password: string,
  output: () => string,
  landing = '/dashboard',
): Promise<{ cookie: string; hidden: [string, string][] }> {
  const client = new Client(baseURL);
  const hidden = [...(await formFields(client, '/', 'loginId'))];
  const body = new FormData();
  for (const [k, v] of hidden) body.append(k, v);
  body.append('loginId', loginId);
  body.append('password', password);
  body.append('terms', 'on');
  const first = await client.request('/', { method: 'POST', body, headers: { origin: baseURL } });
  if (first.status !== 303 || !first.headers.get('location')?.endsWith(landing)) {
    throw new Error(`the bench account could not log in: ${first.status} ${first.headers.get('location')}\n${output()}`);
  }
  const cookie = ['authjs.session-token', '__Secure-authjs.session-token']
    .map((name) => [name, client.cookie(name)] as const)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return { cookie, hidden };
}

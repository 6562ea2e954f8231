import type { Client } from './http';

/**
 * Posting a page's form the way a script does it without a browser: fetch the page, take the hidden inputs
 * Next.js renders for the server action (its id, bound state, key) from the form that holds `field`, add the
 * values, and post the lot as multipart — exactly what a browser without JavaScript sends.
 */
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export async function formFields(client: Client, pagePath: string, field: string): Promise<Map<string, string>> {
  const html = await (await client.request(pagePath)).text();
  const form = html
    .split('<form')
    .map((part) => part.split('</form>')[0]!)
    .find((part) => part.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with a field named ${field} on ${pagePath}`);
  const hidden = new Map<string, string>();
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) hidden.set(decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? ''));
  }
  return hidden;
}

export async function submitForm(
  client: Client,
  pagePath: string,
  { field, values, headers = {} }: { field: string; values: Record<string, string>; headers?: Record<string, string> },
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of await formFields(client, pagePath, field)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  return client.request(pagePath, { method: 'POST', body, headers: { origin: client.baseURL, ...headers } });
}

/** What a person sees of an HTML answer: its markup without scripts (React's payload repeats every string). */
export async function pageText(response: Response): Promise<string> {
  return (await response.text())
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * What one page's HTML weighs as the server sends it (uncompressed), how much of it is React's inline payload, and
 * how much is class names (Tailwind's, in the markup's class attributes and again in the payload's className props).
 */
export type HtmlWeight = {
  route: string;
  status: number;
  bytes: number;
  inlineScriptBytes: number;
  classBytes: number;
  scripts: string[];
};

export async function htmlWeight(baseURL: string, route: string, cookie?: string): Promise<HtmlWeight> {
  const response = await fetch(new URL(route, baseURL), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await response.text();
  let inlineScriptBytes = 0;
  let classBytes = 0;
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
    // The polyfills (nomodule) are loaded by no current browser.
    if (src && /\bnomodule\b/i.test(match[1]!)) continue;
    if (src) scripts.push(src.replace(/^\/_next\//, '').replace(/\?.*$/, ''));
    else {
      inlineScriptBytes += Buffer.byteLength(match[2]!);
      // Inside the payload's JSON strings: \"className\":\"…\"
      for (const name of match[2]!.matchAll(/\\"className\\":\\"(.*?)\\"/g)) classBytes += Buffer.byteLength(name[0]);
    }
  }
  for (const name of html.replace(/<script\b[\s\S]*?<\/script>/gi, '').matchAll(/ class="[^"]*"/g))
    classBytes += Buffer.byteLength(name[0]);
  return { route, status: response.status, bytes: Buffer.byteLength(html), inlineScriptBytes, classBytes, scripts };
}

/** The public pages whose HTML is measured (anonymous visitor). */
export const PUBLIC_PAGES = [
  '/',
  '/daftar',
  '/bantuan',
  '/syarat-permohonan',
  '/hubungi-kami',
  '/terma-dan-syarat',
  '/lupa-katalaluan',
  '/statistik',
];

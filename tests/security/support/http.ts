/**
 * A client of the app's public HTTP endpoints as a script would be: no browser, its own cookie jar (cookies
 * are sent back whatever their Secure flag, as curl does), and whatever headers it likes.
 */
export class Client {
  private jar = new Map<string, string>();

  constructor(readonly baseURL: string) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  setCookie(name: string, value: string): void {
    this.jar.set(name, value);
  }

  async request(pathname: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(new URL(pathname, this.baseURL), {
      redirect: 'manual',
      ...init,
      headers: { ...(cookie ? { cookie } : {}), ...init.headers },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return response;
  }

  /** Auth.js's credentials callback, as a script posts it: CSRF token first, then the form. */
  async logIn(loginId: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
    const csrf = (await (await this.request('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
    return this.request('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, loginId, password, terms: 'on' }).toString(),
    });
  }
}

/** The code of a log-in refusal, from the redirect Auth.js answers with (see lib/auth/login-refusal.ts). */
export function refusalCode(response: Response): string | null {
  const location = response.headers.get('location');
  return location ? new URL(location, 'http://x').searchParams.get('code') : null;
}

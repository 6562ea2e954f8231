import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RoundRobin = {
  url: string;
  /** Which upstream (its index) answered each request, in the order they arrived. */
  log: { method: string; path: string; upstream: number }[];
  /** The index of the upstream the next request goes to. */
  readonly next: number;
  close: () => Promise<void>;
};

/**
 * A load balancer of the plainest kind in front of several instances: each request goes to the next upstream
 * in turn, whatever its cookies, so nothing an instance keeps in memory can be relied on between two requests.
 * The Host header travels unchanged (the instances build redirects and check a server action's Origin against
 * it) and the client's address is appended to X-Forwarded-For as a proxy does; an instance started with
 * TRUSTED_PROXY_HOPS=0 ignores it and sees the proxy's own address, 127.0.0.1.
 */
export async function startRoundRobin(upstreams: string[]): Promise<RoundRobin> {
  const targets = upstreams.map((u) => new URL(u));
  const log: RoundRobin['log'] = [];
  let next = 0;

  const server = createServer((req, res) => {
    const upstream = next;
    next = (next + 1) % targets.length;
    const target = targets[upstream]!;
    log.push({ method: req.method ?? 'GET', path: req.url ?? '/', upstream });
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].flat().filter(Boolean).join(', ');
    const outgoing = request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    outgoing.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(outgoing);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    get next() {
      return next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

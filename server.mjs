/**
 * The production start (`npm start`): Next.js's request handler wrapped in a plain Node HTTP server, for one
 * reason — only here is the TCP peer of a request known. Next.js passes a client's X-Forwarded-For through as
 * sent, so throttles and the audit log could otherwise be given any address a client likes. Every request
 * gets the peer address in a header of our own, any copy the client sent removed first
 * (lib/http/client-address.ts reads it). Settings: PORT (3000), HOSTNAME (0.0.0.0), and those of the README.
 */
import { createServer } from 'node:http';
import next from 'next';
import { PEER_ADDRESS_HEADER, PEER_ADDRESS_MARK } from './lib/http/peer-address.mjs';

process.env.NODE_ENV ??= 'production';
process.env[PEER_ADDRESS_MARK] = '1';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();

const server = createServer((req, res) => {
  // Node lower-cases header names, and a repeated header would arrive joined: deleting the one key removes
  // every copy the client sent.
  delete req.headers[PEER_ADDRESS_HEADER];
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(JSON.stringify({ at: new Date().toISOString(), level: 'info', event: 'server.listening', hostname, port }));
});

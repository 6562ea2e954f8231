/**
 * The machine's floor for one HTTP request: a bare node:http server answering 1 KB of HTML, forked by
 * scripts/bench/run.ts and loaded exactly as the application's pages are. Tells the port on its IPC channel.
 */
import { createServer } from 'node:http';

const page = `<!doctype html><html lang="ms"><head><title>ECOS</title></head><body>${'<p>Suruhanjaya Tenaga</p>'.repeat(40)}</body></html>`;
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
  res.end(page);
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));

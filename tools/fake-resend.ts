import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Resend's HTTP API (POST /emails), so the real `resend` SDK can be exercised without
 * the network. Like Resend, a repeated Idempotency-Key within 24 hours answers with the first id and is not
 * delivered again. GET /__messages lists what arrived (for browser tests); DELETE /__messages clears it.
 *
 * Development tooling, not a test helper: jest's integration tests and the security suite start it in
 * process, and scripts/fake-resend.ts runs it as the browser tests' web server — a script must not reach
 * into tests/.
 */
export type FakeResendMessage = {
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: { from: string; to: string | string[]; subject: string; html?: string; text?: string };
};

export type FakeResend = {
  url: string;
  messages: FakeResendMessage[];
  /** Every POST /emails received, including refused and de-duplicated ones. */
  readonly attempts: number;
  /** Sends answered with an error on purpose (failFirst and failRate). */
  readonly failed: number;
  /** Sends whose answer was held (hangRate). */
  readonly hung: number;
  /** Changes delayMs from the next request on. */
  setDelay: (ms: number) => void;
  close: () => Promise<void>;
};

export type FakeResendOptions = {
  /** Answer the first N sends with an error (500, then 429, alternately). */
  failFirst?: number;
  port?: number;
  /** Hold each answer this long, to widen race windows in tests. */
  delayMs?: number;
  /** Answer this fraction of well-formed sends with an error (500, then 429, alternately). */
  failRate?: number;
  /**
   * Accept this fraction of well-formed sends, then hold the answer for hangMs or until the caller gives up:
   * the provider took the message and the answer never came back, the case in which a retry must not send
   * it again.
   */
  hangRate?: number;
  /** How long a hung answer is held; longer than the application's send timeout. */
  hangMs?: number;
  /**
   * Decides failRate and hangRate. Each send's fate is drawn from (seed, recipient, subject, how many sends
   * of that recipient and subject came before), not from the order sends arrive in, so the same seed and
   * recipients replay the same faults however the sends interleave.
   */
  seed?: string;
};

const DEDUPE_MS = 24 * 60 * 60 * 1000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** A number in [0, 1) from the text's hash. */
function draw(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

const failure = (res: ServerResponse, n: number) =>
  n % 2 === 1
    ? json(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' })
    : json(res, 429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' });

export async function startFakeResend({
  failFirst = 0,
  port = 0,
  delayMs = 0,
  failRate = 0,
  hangRate = 0,
  hangMs = 20_000,
  seed = 'fake-resend',
}: FakeResendOptions = {}): Promise<FakeResend> {
  const messages: FakeResendMessage[] = [];
  const seen = new Map<string, { id: string; at: number }>();
  const sendsOf = new Map<string, number>();
  // Held answers end early on close, so a test's last hang does not keep the process waiting.
  const held = new Set<() => void>();
  let attempts = 0;
  let failed = 0;
  let hung = 0;
  let delay = delayMs;

  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://fake').pathname;
      if (path === '/__messages' && req.method === 'GET') return json(res, 200, messages);
      if (path === '/__messages' && req.method === 'DELETE') {
        messages.length = 0;
        seen.clear();
        sendsOf.clear();
        return json(res, 200, { cleared: true });
      }
      if (path !== '/emails' || req.method !== 'POST') return json(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });

      attempts += 1;
      const raw = await readBody(req);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const authorization = req.headers.authorization;
      if (!authorization?.startsWith('Bearer ') || authorization.length <= 'Bearer '.length) {
        return json(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' });
      }
      if (attempts <= failFirst) {
        failed += 1;
        return failure(res, attempts);
      }
      let body: FakeResendMessage['body'];
      try {
        body = JSON.parse(raw);
      } catch {
        return json(res, 422, { statusCode: 422, name: 'validation_error', message: 'Invalid JSON body.' });
      }
      if (!body.from || !body.to || !body.subject) {
        return json(res, 422, { statusCode: 422, name: 'validation_error', message: 'from, to and subject are required.' });
      }
      let hang = false;
      if (failRate > 0 || hangRate > 0) {
        const message = `${[body.to].flat().join(',')}\n${body.subject}`;
        const n = (sendsOf.get(message) ?? 0) + 1;
        sendsOf.set(message, n);
        const fate = draw(`${seed}\n${message}\n${n}`);
        if (fate < failRate) {
          failed += 1;
          return failure(res, failed);
        }
        hang = fate < failRate + hangRate;
      }
      const header = req.headers['idempotency-key'];
      const idempotencyKey = Array.isArray(header) ? header[0] : header;
      const now = Date.now();
      const previous = idempotencyKey ? seen.get(idempotencyKey) : undefined;
      let id: string;
      if (previous && now - previous.at < DEDUPE_MS) id = previous.id;
      else {
        id = randomUUID();
        if (idempotencyKey) seen.set(idempotencyKey, { id, at: now });
        messages.push({
          authorization,
          idempotencyKey,
          body: { from: body.from, to: body.to, subject: body.subject, html: body.html, text: body.text },
        });
      }
      if (hang) {
        hung += 1;
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            held.delete(done);
            resolve();
          };
          const timer = setTimeout(done, hangMs);
          held.add(done);
          res.once('close', done);
        });
        if (res.destroyed) return;
      }
      return json(res, 200, { id });
    } catch (error) {
      return json(res, 500, { statusCode: 500, name: 'internal_server_error', message: String(error) });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actual}`,
    messages,
    get attempts() {
      return attempts;
    },
    get failed() {
      return failed;
    },
    get hung() {
      return hung;
    },
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const done of [...held]) done();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

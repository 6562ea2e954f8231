/** @jest-environment node */
import { clientAddress, displayAddress } from '@/lib/http/client-address';
import { PEER_ADDRESS_HEADER, PEER_ADDRESS_MARK } from '@/lib/http/peer-address.mjs';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('started by server.mjs (the peer address is known)', () => {
  beforeAll(() => {
    process.env[PEER_ADDRESS_MARK] = '1';
  });
  afterAll(() => {
    delete process.env[PEER_ADDRESS_MARK];
  });

  test('with no trusted proxy a forged X-Forwarded-For is ignored: the peer is the client', () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: '::ffff:203.0.113.9', 'x-forwarded-for': '198.51.100.1, 198.51.100.2' });
    expect(clientAddress(h, 0)).toBe('203.0.113.9');
  });

  test('behind N trusted proxies the N-th entry from the right is the client; entries a client prepends do not count', () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.1' });
    expect(clientAddress(h, 1)).toBe('10.0.0.1');
    expect(clientAddress(h, 2)).toBe('203.0.113.9');
  });

  test('a request that did not pass through every trusted proxy is known by its peer', () => {
    const h = headers({ [PEER_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '6.6.6.6' });
    expect(clientAddress(h, 2)).toBe('203.0.113.9');
  });
});

test('without server.mjs the header of that name is not believed (a client could send it)', () => {
  const h = headers({ [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '127.0.0.1' });
  expect(clientAddress(h, 0)).toBe('127.0.0.1');
});

test.each([
  ['::ffff:127.0.0.1', '127.0.0.1'],
  ['::1', '::1'],
  ['2001:DB8::1', '2001:db8::1'],
  ['<script>', 'unknown'],
  ['1.2.3.4\u0000', 'unknown'],
])('%j is shown as %j', (raw, shown) => {
  expect(displayAddress(raw)).toBe(shown);
});

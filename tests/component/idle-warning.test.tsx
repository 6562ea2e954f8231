import { act, fireEvent, render, screen } from '@testing-library/react';
import { IdleWarning } from '@/components/auth/idle-warning';
import { SESSION_LIMITS } from '@/lib/auth/session-policy';
import ms from '@/messages/ms/auth.json';

const MIN = 60_000;
const messages = {
  idleTitle: ms.session.idleTitle,
  idleBody: ms.session.idleBody,
  continue: ms.session.continue,
  expired: ms.session.expired,
};

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { fetch?: unknown }).fetch;
});

function mockSession(user: unknown) {
  const fetchMock = jest.fn(async () => ({ ok: true, json: async () => (user ? { user } : null) }));
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return fetchMock;
}

const advance = (ms: number) => act(() => jest.advanceTimersByTime(ms));

test('warns two minutes before the 30-minute idle limit, with the time left', () => {
  render(<IdleWarning idleMs={SESSION_LIMITS.idleMs} warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs} messages={messages} />);
  advance(27 * MIN);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  advance(MIN + 1000);
  const dialog = screen.getByRole('alertdialog', { name: 'Sesi anda akan tamat' });
  expect(dialog).toHaveTextContent('dalam 1:59');
  expect(screen.getByRole('button', { name: 'Teruskan' })).toHaveFocus();
});

test('Teruskan asks the server (which counts as activity) and starts the 30 minutes again', async () => {
  const fetchMock = mockSession({ id: 'u-1' });
  render(<IdleWarning idleMs={SESSION_LIMITS.idleMs} warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs} messages={messages} />);
  advance(29 * MIN);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Teruskan' }));
  });
  expect(fetchMock).toHaveBeenCalledWith('/api/auth/session', expect.objectContaining({ cache: 'no-store' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  advance(27 * MIN);
  expect(screen.queryByRole('alertdialog')).toBeNull();
});

test('when the time runs out the page stays, saying the session has ended', () => {
  render(
    <form>
      <input aria-label="Nama" defaultValue="ALI BIN ABU" />
      <IdleWarning idleMs={SESSION_LIMITS.idleMs} warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs} messages={messages} />
    </form>,
  );
  advance(31 * MIN);
  expect(screen.getByRole('alertdialog')).toHaveTextContent(ms.session.expired);
  expect(screen.queryByRole('button', { name: 'Teruskan' })).toBeNull();
  // Nothing typed is lost.
  expect(screen.getByLabelText('Nama')).toHaveValue('ALI BIN ABU');
});

test('a session the server has already ended is reported as ended, not extended', async () => {
  mockSession(null);
  render(<IdleWarning idleMs={SESSION_LIMITS.idleMs} warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs} messages={messages} />);
  advance(29 * MIN);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Teruskan' }));
  });
  expect(screen.getByRole('alertdialog')).toHaveTextContent(ms.session.expired);
});

test('submitting a form counts as activity', () => {
  render(
    <form onSubmit={(e) => e.preventDefault()}>
      <button type="submit">Hantar</button>
      <IdleWarning idleMs={SESSION_LIMITS.idleMs} warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs} messages={messages} />
    </form>,
  );
  advance(20 * MIN);
  fireEvent.submit(screen.getByRole('button', { name: 'Hantar' }).closest('form')!);
  advance(20 * MIN);
  expect(screen.queryByRole('alertdialog')).toBeNull();
});

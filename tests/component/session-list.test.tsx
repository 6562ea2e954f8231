import { render, screen, within } from '@testing-library/react';
import { SessionList } from '@/components/profile/session-list';

// The form posts to this server action; here only its presence matters.
jest.mock('@/lib/actions/auth/log-out-everywhere', () => ({ logOutEverywhereAction: jest.fn() }));

const THIS = '11111111-1111-4111-8111-111111111111';
const sessions = [
  {
    id: THIS,
    createdAt: new Date('2026-11-30T01:00:00Z'),
    lastSeenAt: new Date('2026-11-30T02:05:00Z'),
    browser: 'Chrome',
    os: 'Android',
    ip: '::ffff:203.0.113.9',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    createdAt: new Date('2026-11-29T10:00:00Z'),
    lastSeenAt: new Date('2026-11-29T10:30:00Z'),
    browser: null,
    os: 'Windows',
    ip: null,
  },
];

describe('SessionList (issue 9 item 18)', () => {
  it('lists this device first, whatever the order it is given in', () => {
    render(<SessionList sessions={[...sessions].reverse()} currentId={THIS} locale="ms" />);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Peranti ini');
  });

  it('lists each open session with device, times in Malaysia time and address, and marks this device', () => {
    render(<SessionList sessions={sessions} currentId={THIS} locale="ms" />);
    const section = screen.getByRole('region', { name: 'Sesi Aktif' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Chrome di AndroidPeranti ini');
    expect(items[0]).toHaveTextContent('Log masuk30/11/2026 09:00');
    expect(items[0]).toHaveTextContent('Aktif terakhir30/11/2026 10:05');
    expect(items[0]).toHaveTextContent('Alamat IP203.0.113.9');
    expect(items[1]).toHaveTextContent('Pelayar tidak dikenali di Windows');
    expect(items[1]).not.toHaveTextContent('Peranti ini');
    expect(items[1]).toHaveTextContent('Alamat IP-');
  });

  it('ends them all with one form button, described by the note that this session ends too', () => {
    render(<SessionList sessions={sessions} currentId={THIS} locale="en" />);
    const button = screen.getByRole('button', { name: 'Log out on all devices' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button.closest('form')).not.toBeNull();
    expect(button).toHaveAccessibleDescription(/this one included/);
  });
});

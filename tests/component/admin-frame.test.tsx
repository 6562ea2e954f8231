import { render, screen, within } from '@testing-library/react';
import { AdminFrame } from '@/components/admin/factor/admin-frame';
import { PortalMenu } from '@/components/auth/portal-menu';
import { translator } from '@/lib/i18n/messages';

jest.mock('next/navigation', () => ({ usePathname: () => '/admin/log-audit', useSearchParams: () => null }));

const t = translator('ms');

describe('Pentadbiran in the portal menu', () => {
  it('is there for officers and administrators, after the applicant menu', () => {
    for (const accountRole of ['officer', 'admin']) {
      const { unmount } = render(<PortalMenu locale="ms" userType="kakitangan" accountRole={accountRole} />);
      const links = within(screen.getByRole('navigation', { name: 'Menu pengguna' })).getAllByRole('link');
      expect(links.at(-1)).toHaveTextContent('Pentadbiran');
      expect(links.at(-1)).toHaveAttribute('href', '/admin');
      unmount();
    }
  });

  it('is never shown to an applicant, nor when the role is not given', () => {
    render(<PortalMenu locale="ms" userType="kakitangan" accountRole="user" />);
    render(<PortalMenu locale="en" userType="individu" />);
    expect(screen.queryByRole('link', { name: /Pentadbiran|Administration/ })).toBeNull();
  });
});

describe('AdminFrame', () => {
  const nav = () => screen.queryByRole('navigation', { name: 'Menu Pentadbiran' });

  it('an officer with the second factor proven: Pengguna, Rekod Syarikat, Log Audit, no Peranan; the current one marked', () => {
    render(
      <AdminFrame accountRole="officer" proven t={t}>
        <p>isi</p>
      </AdminFrame>,
    );
    const links = within(nav()!).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Pengguna', '/admin/pengguna'],
      ['Rekod Syarikat', '/admin/rekod-syarikat'],
      ['Log Audit', '/admin/log-audit'],
    ]);
    expect(links[2]).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('isi')).toBeInTheDocument();
  });

  it('an administrator also gets Peranan', () => {
    render(
      <AdminFrame accountRole="admin" proven t={t}>
        <p>isi</p>
      </AdminFrame>,
    );
    expect(within(nav()!).getByRole('link', { name: 'Peranan' })).toHaveAttribute('href', '/admin/peranan');
  });

  it('before the second factor is proven: the area named, no menu', () => {
    render(
      <AdminFrame accountRole="admin" proven={false} t={t}>
        <p>isi</p>
      </AdminFrame>,
    );
    expect(nav()).toBeNull();
    expect(screen.getByText('Pentadbiran')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

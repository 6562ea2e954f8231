import { render, screen, within } from '@testing-library/react';
import { PortalMenu } from '@/components/auth/portal-menu';
import { SiteHeader } from '@/components/layout/site-header';

// NavLink marks the current page from the path; here, a page under Profil.
jest.mock('next/navigation', () => ({ usePathname: () => '/profil/emel/abc', useSearchParams: () => null }));

const menu = () => screen.getByRole('navigation', { name: 'Menu pengguna' });

describe('PortalMenu (requirements §4.1, issue 9 item 2)', () => {
  it('links only the built pages, Profil named for the account type, and names the rest as not yet available', () => {
    render(<PortalMenu locale="ms" userType="individu" />);
    expect(
      within(menu())
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Laman Utama', '/dashboard'],
      ['Maklumat Pengguna', '/maklumat-pengguna'],
      ['Profil Individu', '/profil'],
      ['Tukar Kata Laluan', '/tukar-katalaluan'],
    ]);
    for (const name of ['Permohonan', 'Semakan', 'Borang I', 'Senarai Orang Kompeten', 'Carian No. Fail', 'Manual Pengguna']) {
      expect(within(menu()).getByText(name).parentElement).toHaveTextContent(`${name}(belum tersedia)`);
    }
    expect(within(menu()).queryByText('Institusi')).toBeNull();
    expect(within(menu()).getByRole('link', { name: 'Profil Individu' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows Institusi to institutions only, and speaks English', () => {
    render(<PortalMenu locale="en" userType="institusi" />);
    expect(screen.getByRole('navigation', { name: 'User menu' })).toHaveTextContent('Institution');
    expect(screen.getByRole('link', { name: 'Institution Profile' })).toHaveAttribute('href', '/profil');
  });

  it('is hidden beside the page on a phone, where the header Menu holds it instead', () => {
    const { container } = render(<PortalMenu locale="ms" userType="individu" />);
    expect(container.querySelector('nav')).toHaveClass('max-md:hidden');
    const { container: inMenu } = render(<PortalMenu locale="ms" userType="individu" variant="disclosure" />);
    expect(inMenu.querySelector('nav')).not.toHaveClass('max-md:hidden');
  });
});

describe('SiteHeader phone menu', () => {
  it('holds what it is given (the portal menu) instead of the header links', () => {
    const { container } = render(
      <SiteHeader
        locale="ms"
        items={[{ href: '/dashboard', labelKey: 'auth.dashboard.title' }]}
        phoneMenu={<PortalMenu locale="ms" userType="syarikat" variant="disclosure" />}
      />,
    );
    const disclosure = container.querySelector('details')!;
    expect(within(disclosure).getByText('Menu')).toBeInTheDocument();
    expect([...disclosure.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/dashboard',
      '/maklumat-pengguna',
      '/profil',
      '/tukar-katalaluan',
    ]);
    expect(within(disclosure).getByRole('link', { name: 'Profil Syarikat' })).toBeInTheDocument();
  });

  it('offers no Menu at all when there is nothing in it (the first-log-in steps)', () => {
    const { container } = render(<SiteHeader locale="ms" items={[]} />);
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('names the site with the ECOS wordmark and Suruhanjaya Tenaga', () => {
    render(<SiteHeader locale="ms" />);
    const home = screen.getByRole('link', { name: /^ECOS Suruhanjaya Tenaga/ });
    expect(home).toHaveAttribute('href', '/');
    // The mark is drawn by the stylesheet (.ecos-mark), hidden from assistive technology: the words name the link.
    expect(home.querySelector('.ecos-mark')).toHaveAttribute('aria-hidden', 'true');
  });
});

import { render, screen, within } from '@testing-library/react';
import { SiteHeader } from '@/components/layout/site-header';
import { PUBLIC_NAV_ITEMS, type NavItem } from '@/components/layout/nav-items';

describe('SiteHeader', () => {
  it('offers only the pages that exist, and the language switch', () => {
    render(<SiteHeader locale="ms" />);
    const menu = screen.getByRole('navigation', { name: 'Menu utama' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Laman Utama', '/'],
      ['Daftar Pengguna', '/daftar'],
    ]);

    const switchButton = screen.getByRole('button', { name: 'Tukar bahasa ke English' });
    const form = switchButton.closest('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/bahasa');
    expect((form.elements.namedItem('locale') as HTMLInputElement).value).toBe('en');
    expect(form.elements.namedItem('next')).not.toBeNull();
  });

  it('speaks English after the switch, and offers Malay back', () => {
    render(<SiteHeader locale="en" />);
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(menu).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Register']);
    const switchButton = screen.getByRole('button', { name: 'Switch language to Bahasa Melayu' });
    expect((switchButton.closest('form')!.elements.namedItem('locale') as HTMLInputElement).value).toBe('ms');
  });

  it('draws its menu from the list it is given, folding a long one into a Menu disclosure on phones', () => {
    const items: NavItem[] = [
      ...PUBLIC_NAV_ITEMS,
      { href: '/portal', labelKey: 'common.menu.home' },
      { href: '/portal/profil', labelKey: 'common.menu.register' },
    ];
    const { container } = render(<SiteHeader locale="ms" items={items} />);
    const disclosure = container.querySelector('details')!;
    expect(within(disclosure).getByText('Menu')).toBeInTheDocument();
    expect(disclosure.querySelectorAll('a')).toHaveLength(4);
  });
});

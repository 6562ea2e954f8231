import { render, screen, within } from '@testing-library/react';
import { SiteHeader } from '@/components/layout/site-header';
import { PUBLIC_NAV_ITEMS, type NavItem } from '@/components/layout/nav-items';

// The header renders a phone variant (a <details> menu) and a desktop variant (a row of links), one of them
// display:none at any width; jsdom applies no CSS, so every assertion holds for both variants.

function switchForms(name: string) {
  return screen.getAllByRole('button', { name }).map((button) => button.closest('form')!);
}

describe('SiteHeader', () => {
  it('offers only the pages that exist, and the language switch', () => {
    render(<SiteHeader locale="ms" />);
    const menus = screen.getAllByRole('navigation', { name: 'Menu utama' });
    expect(menus).toHaveLength(2);
    for (const menu of menus) {
      expect(
        within(menu)
          .getAllByRole('link')
          .map((a) => [a.textContent, a.getAttribute('href')]),
      ).toEqual([
        ['Laman Utama', '/'],
        ['Daftar Pengguna', '/daftar'],
        ['Syarat Permohonan', '/syarat-permohonan'],
        ['Statistik', '/statistik'],
        ['Bantuan', '/bantuan'],
        ['Hubungi Kami', '/hubungi-kami'],
      ]);
    }

    // Apart from the menus, the only link is the ECOS name back to the home page.
    const otherLinks = screen.getAllByRole('link').filter((a) => !menus.some((menu) => menu.contains(a)));
    expect(otherLinks.map((a) => a.getAttribute('href'))).toEqual(['/']);

    for (const form of switchForms('Tukar bahasa ke English')) {
      expect(form.getAttribute('method')).toBe('post');
      expect(form.getAttribute('action')).toBe('/bahasa');
      expect((form.elements.namedItem('locale') as HTMLInputElement).value).toBe('en');
      expect(form.elements.namedItem('next')).not.toBeNull();
    }
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('speaks English after the switch, and offers Malay back', () => {
    render(<SiteHeader locale="en" />);
    for (const menu of screen.getAllByRole('navigation', { name: 'Main menu' })) {
      expect(
        within(menu)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Home', 'Register', 'Application Requirements', 'Statistics', 'Help', 'Contact Us']);
    }
    for (const form of switchForms('Switch language to Bahasa Melayu')) {
      expect((form.elements.namedItem('locale') as HTMLInputElement).value).toBe('ms');
    }
  });

  it('draws its menu from the list it is given, with the phone menu behind a "Menu" disclosure', () => {
    const items: NavItem[] = [...PUBLIC_NAV_ITEMS, { href: '/portal', labelKey: 'common.menu.home' }];
    const { container } = render(<SiteHeader locale="ms" items={items} />);
    const disclosure = container.querySelector('details')!;
    expect(within(disclosure).getByText('Menu')).toBeInTheDocument();
    expect([...disclosure.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      ...PUBLIC_NAV_ITEMS.map((item) => item.href),
      '/portal',
    ]);
  });
});

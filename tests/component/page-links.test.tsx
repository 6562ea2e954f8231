import { render, screen } from '@testing-library/react';
import { PageLinks } from '@/components/ui/page-links';

test('a first page with more to see: only the next link, inside a labelled navigation', () => {
  render(<PageLinks label="Halaman keputusan" previous={null} next={{ href: '/admin/pengguna?halaman=2', label: 'Seterusnya' }} />);
  const nav = screen.getByRole('navigation', { name: 'Halaman keputusan' });
  expect(nav).toContainElement(screen.getByRole('link', { name: 'Seterusnya' }));
  expect(screen.getByRole('link', { name: 'Seterusnya' })).toHaveAttribute('href', '/admin/pengguna?halaman=2');
  expect(screen.getAllByRole('link')).toHaveLength(1);
});

test('a middle page: both links, the status between them in reading order', () => {
  render(
    <PageLinks
      label="Halaman"
      previous={{ href: '?halaman=1', label: 'Sebelumnya' }}
      status="Halaman 2 daripada 3"
      next={{ href: '?halaman=3', label: 'Seterusnya' }}
    />,
  );
  expect(screen.getByRole('navigation', { name: 'Halaman' }).textContent).toBe('SebelumnyaHalaman 2 daripada 3Seterusnya');
});

test('nowhere to go: no navigation landmark at all (an empty one would be announced)', () => {
  const { container } = render(<PageLinks label="Halaman" previous={null} next={null} status="Halaman 1 daripada 1" />);
  expect(container).toBeEmptyDOMElement();
});

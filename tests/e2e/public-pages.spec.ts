import { expect, test, type Page } from '@playwright/test';
import { E2E, expectAccessible } from './support';

/**
 * Issue 4 item 7: the header menu's public pages — Syarat Permohonan, Statistik, Bantuan, Hubungi Kami —
 * reached from the menu on a desktop and inside the phone's "Menu" disclosure, in Malay and English, with
 * JavaScript on and off, axe-clean.
 */

type PublicPage = { path: string; ms: string; en: string };

// Each page's h1 is its menu label.
const PAGES: PublicPage[] = [
  { path: '/syarat-permohonan', ms: 'Syarat Permohonan', en: 'Application Requirements' },
  { path: '/statistik', ms: 'Statistik', en: 'Statistics' },
  { path: '/bantuan', ms: 'Bantuan', en: 'Help' },
  { path: '/hubungi-kami', ms: 'Hubungi Kami', en: 'Contact Us' },
];

const MENU = { ms: { nav: 'Menu utama', open: 'Menu' }, en: { nav: 'Main menu', open: 'Menu' } };

/** Follows a menu item the way a visitor does: on a phone the menu first has to be opened. */
async function openFromMenu(page: Page, label: string, locale: 'ms' | 'en') {
  const phone = (page.viewportSize()?.width ?? 1280) < 768;
  if (phone) {
    const disclosure = page
      .locator('details')
      .filter({ has: page.getByRole('navigation', { name: MENU[locale].nav, includeHidden: true }) });
    // With JavaScript the header survives client-side navigation, so the menu may still be open.
    if (!(await disclosure.evaluate((d) => (d as HTMLDetailsElement).open))) await disclosure.locator('summary').click();
  }
  // Only the menu for this width is shown; the other is display:none and not in the accessibility tree.
  await page.getByRole('navigation', { name: MENU[locale].nav }).getByRole('link', { name: label, exact: true }).click();
}

async function useEnglish(page: Page) {
  await page.context().addCookies([{ name: 'bahasa', value: 'en', url: E2E.baseURL }]);
}

for (const javaScript of [true, false]) {
  test.describe(`public pages, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const locale of ['ms', 'en'] as const) {
      test(`every page is reached from the menu, in ${locale === 'ms' ? 'Malay' : 'English'}`, async ({ page }) => {
        if (locale === 'en') await useEnglish(page);
        await page.goto('/');
        for (const target of PAGES) {
          await openFromMenu(page, target[locale], locale);
          await expect(page).toHaveURL(new RegExp(`${target.path}$`));
          // The page title is the menu item in capitals (docs/glossary.md: page titles).
          const title = target[locale].toLocaleUpperCase(locale);
          await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
          await expect(page).toHaveTitle(new RegExp(`^${title} — `));
          // Marked as the current page in both menu variants (phone and desktop).
          await expect(page.locator('header nav a[aria-current="page"]')).toHaveText([target[locale], target[locale]]);
          await expectAccessible(page, { javaScript });
        }
      });
    }

    test("Bantuan: the table of contents leads to each section, and the rules are the manual's", async ({ page }) => {
      await page.goto('/bantuan');
      const toc = page.getByRole('navigation', { name: 'Kandungan halaman' });
      await expect(toc.getByRole('link')).toHaveCount(14);
      await toc.getByRole('link', { name: 'Syarat katalaluan' }).click();
      await expect(page).toHaveURL(/\/bantuan#syarat-katalaluan$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Syarat katalaluan' })).toBeInViewport();

      const rules = page.getByRole('region', { name: 'Syarat katalaluan' });
      await expect(rules.getByRole('listitem')).toHaveText([
        'sekurang-kurangnya 1 huruf BESAR;',
        'sekurang-kurangnya 1 huruf KECIL;',
        'sekurang-kurangnya 1 NOMBOR;',
        '8 hingga 12 aksara.',
      ]);
      const lockout = page.getByRole('region', { name: 'Akaun dikunci' });
      await expect(lockout).toContainText('Selepas 5 kali cubaan log masuk gagal berturut-turut, akaun dikunci selama 15 minit.');
      for (const step of ['TERMA DAN SYARAT', 'KATALALUAN BARU', 'PERINGATAN KATALALUAN']) {
        await expect(page.getByRole('region', { name: 'Log masuk kali pertama' })).toContainText(step);
      }
      await expect(page.getByRole('region', { name: 'Hubungi kami' }).getByRole('link', { name: '1-800-2222-78' })).toHaveAttribute(
        'href',
        'tel:1800222278',
      );
    });

    test('Hubungi Kami: dialable numbers, and area offices on the ST website rather than invented', async ({ page }) => {
      await page.goto('/hubungi-kami');
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: '1-800-2222-78' })).toHaveAttribute('href', 'tel:1800222278');
      await expect(main.getByRole('link', { name: '03-8870 8500' })).toHaveAttribute('href', 'tel:0388708500');
      await expect(main.getByText('03-8888 8637')).toBeVisible();
      await expect(main.getByText('No. 12, Jalan Tun Hussein')).toBeVisible();
      const areaOffices = page.getByRole('region', { name: 'Pejabat Kawasan' });
      await expect(areaOffices.getByRole('link', { name: 'www.st.gov.my' })).toHaveAttribute('href', 'https://www.st.gov.my');
    });

    test("Syarat Permohonan: the manual's §3.0 for companies with an ST record", async ({ page }) => {
      await page.goto('/syarat-permohonan');
      const section = page.getByRole('region', { name: 'Syarikat yang sedia ada rekod dengan ST' });
      await expect(section.getByRole('heading', { name: 'KEMASKINI EMEL TERKINI' })).toBeVisible();
      await expect(section).toContainText('Hanya staf ST sahaja yang boleh mengemaskini emel syarikat.');
      await expect(section).toContainText('SELEPAS MENERIMA makluman kemaskini emel tersebut');
      await page.getByRole('region', { name: 'Aliran kerja' }).getByRole('link', { name: 'Daftar Pengguna' }).click();
      await expect(page).toHaveURL(/\/daftar$/);
    });

    test('Statistik: tables by type and by month, with the time the figures were read', async ({ page }) => {
      await page.goto('/statistik');
      await expect(page.getByText(/^Dikemaskini: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();

      const byType = page.getByRole('table', { name: 'Akaun berdaftar mengikut Jenis Pengguna' });
      for (const type of ['Individu', 'Syarikat', 'Institusi', 'Kakitangan', 'Jumlah']) {
        await expect(byType.getByRole('rowheader', { name: type })).toBeVisible();
      }
      const byMonth = page.getByRole('table', { name: /Akaun baru didaftarkan setiap bulan/ });
      // A header row and the last 12 months.
      await expect(byMonth.getByRole('row')).toHaveCount(13);
      await expect(byMonth.getByRole('columnheader')).toHaveText(['Bulan', 'Individu', 'Syarikat', 'Institusi', 'Kakitangan', 'Jumlah']);
      // The month table scrolls sideways on a phone: its box must take keyboard focus.
      await expect(page.getByRole('region', { name: /Akaun baru didaftarkan setiap bulan/ })).toHaveAttribute('tabindex', '0');
    });
  });
}

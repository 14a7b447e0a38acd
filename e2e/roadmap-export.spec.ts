import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openBoard, openView } from './support/board';

async function openExportDialog(page: Page) {
  await openBoard(page);
  await openView(page, 'Roadmap');
  await expect(page.getByTestId('initiative-bar').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export roadmap' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks a format, exports, and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, format: string) {
  const dialog = page.getByRole('dialog', { name: 'Export roadmap' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test.describe('roadmap export', () => {
  test.setTimeout(90_000);

  test('the dialog is accessible and every format downloads a real file named for the product and day', async ({
    page,
  }) => {
    const dialog = await openExportDialog(page);
    await expectNoAxeViolations(page);
    const product =
      (await page.getByRole('combobox', { name: 'Product' }).locator('option:checked').textContent()) ?? '';
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const named = (name: string, ext: string) => {
      expect(name.endsWith(`.${ext}`)).toBe(true);
      expect(name.startsWith(`${product.split(' ')[0]}`)).toBe(true);
      expect(name.slice(0, -(ext.length + 1)).split('-roadmap-')[1]).toMatch(day);
    };

    const csv = await exportAs(page, 'CSV spreadsheet');
    named(csv.name, 'csv');
    // UTF-8 with a BOM, so Excel on Windows reads Chinese; one row per initiative of the demo.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('Offline trips');

    const xlsx = await exportAs(page, 'Excel workbook (XLSX)');
    named(xlsx.name, 'xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await exportAs(page, 'PDF document');
    named(pdf.name, 'pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const png = await exportAs(page, 'PNG image');
    named(png.name, 'png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const svg = await exportAs(page, 'SVG image');
    named(svg.name, 'svg');
    expect(svg.bytes.toString('utf8')).toContain('<svg');
    expect(svg.bytes.toString('utf8')).toContain('Offline trips');

    const ics = await exportAs(page, 'Calendar (ICS)');
    named(ics.name, 'ics');
    expect(ics.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    for (const [label, ext] of [
      ['Markdown for a wiki', 'md'],
      ['JSON data', 'json'],
      ['Interactive web page (HTML, works offline)', 'html'],
    ] as const) {
      const file = await exportAs(page, label);
      named(file.name, ext);
      expect(file.bytes.toString('utf8')).toContain('Offline trips');
    }
    await expect(dialog.getByRole('status')).toContainText('Saved');
  });
});

import { expect, test } from '@playwright/test';
import { card, expectNoAxeViolations, openBoard, openView, waitSaved } from './support/board';

test.describe('evidence', () => {
  // Long journeys with several axe scans: a busy machine must not fail them (no timing is asserted).
  test.describe.configure({ timeout: 120_000 });

  test('captures feedback, links it to a requirement, shows the count on its card and suggests the RICE reach', async ({
    page,
  }) => {
    await openBoard(page);
    await openView(page, 'Feedback');
    await expect(page.getByRole('heading', { name: 'User feedback' })).toBeVisible();
    await expect(page).toHaveURL(/#\/feedback$/);
    const list = page.getByRole('list', { name: 'Feedback items' });
    await expect(list.getByTestId('feedback-item').first()).toBeVisible();

    // Quick capture refuses a link that is not a web address, and writes nothing.
    const quote = 'The dark theme hurts my eyes on <b>night</b> flights';
    await page.getByRole('textbox', { name: 'Quote or summary' }).fill(quote);
    await page.getByRole('textbox', { name: 'Customer' }).fill('E2E Airways');
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Survey' });
    await page.getByRole('textbox', { name: 'Link (URL)' }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add feedback' }).click();
    await expect(
      page.getByText('Enter a web address starting with http:// or https://, or leave it empty.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Link (URL)' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Link (URL)' }).fill('https://example.com/survey/9');
    await page.getByRole('button', { name: 'Add feedback' }).click();
    await waitSaved(page);
    await expect(page.getByRole('textbox', { name: 'Quote or summary' })).toHaveValue('');

    await page.getByRole('searchbox', { name: 'Search feedback' }).fill('e2e airways');
    const item = list.getByTestId('feedback-item');
    await expect(item).toHaveCount(1);
    // User text is text: the tags show as typed, nothing becomes markup.
    await expect(item.getByText(quote)).toBeVisible();
    await expect(item.locator('b')).toHaveCount(0);
    const source = item.getByRole('link', { name: 'Open source' });
    await expect(source).toHaveAttribute('href', 'https://example.com/survey/9');
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

    // Link it with the requirement picker, by keyboard.
    const picker = item.getByRole('combobox', { name: 'Link to a requirement' });
    await picker.fill('dark mo');
    await expect(page.getByRole('option', { name: 'Dark mode' })).toBeVisible();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await waitSaved(page);
    await expect(item.getByRole('button', { name: 'Unlink “Dark mode”' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The card on the board counts it.
    await openView(page, 'Board');
    const darkMode = card(page, 'Dark mode');
    await expect(darkMode.getByRole('img', { name: '1 feedback item' })).toBeVisible();

    // The panel lists it and offers the linked customers as the RICE reach.
    await darkMode.click();
    const panel = page.getByRole('dialog');
    const section = panel.getByRole('region', { name: 'Feedback' });
    await expect(section.getByText(quote)).toBeVisible();
    await expect(section.getByText('Linked customers: 1')).toBeVisible();
    // The demo's own estimate of reach is replaced by the count of linked customers.
    await expect(section.getByTestId('rice-reach')).not.toHaveText('RICE reach: 1');
    await section.getByRole('button', { name: 'Use as RICE reach' }).click();
    await waitSaved(page);
    await expect(section.getByTestId('rice-reach')).toHaveText('RICE reach: 1');
    await expectNoAxeViolations(page);

    // The reach is stored: it is still there after a reload.
    await page.reload();
    await card(page, 'Dark mode').click();
    await expect(page.getByRole('dialog').getByTestId('rice-reach')).toHaveText('RICE reach: 1');
  });

  test('links and unlinks feedback from the requirement panel', async ({ page }) => {
    await openBoard(page);
    const alerts = card(page, 'Price alerts for saved flights');
    await expect(alerts.getByRole('img', { name: '3 feedback items' })).toBeVisible();
    await alerts.click();
    const section = page.getByRole('dialog').getByRole('region', { name: 'Feedback' });
    await expect(section.getByText('Linked customers: 3')).toBeVisible();
    await section.getByRole('button', { name: /^Unlink feedback: A price drop notification/ }).click();
    await waitSaved(page);
    await expect(section.getByText('Linked customers: 2')).toBeVisible();
    // The board's count follows live.
    await expect(alerts.getByRole('img', { name: '2 feedback items' })).toBeVisible();
    const picker = section.getByRole('combobox', { name: 'Link feedback' });
    await picker.fill('drop notification');
    await picker.press('Enter');
    await waitSaved(page);
    await expect(section.getByText('Linked customers: 3')).toBeVisible();
    await expect(alerts.getByRole('img', { name: '3 feedback items' })).toBeVisible();
  });

  test('the competitor matrix: add a competitor, set a cell to partial with a note, and it survives a reload', async ({
    page,
  }) => {
    await openBoard(page);
    await openView(page, 'Competitors');
    const matrix = page.getByRole('table', { name: 'Capabilities compared: us and each competitor' });
    await expect(matrix).toBeVisible();
    await expect(page).toHaveURL(/#\/competitors$/);

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme Travel');
    await page.getByRole('textbox', { name: 'Website (URL)' }).fill('https://acme.example.com');
    await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Launched last month');
    await page.getByRole('button', { name: 'Add competitor' }).click();
    await waitSaved(page);
    await expect(matrix.getByRole('columnheader', { name: 'Acme Travel' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Website of Acme Travel' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    await matrix.getByRole('button', { name: 'Price drop alerts, Acme Travel: Unknown' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit cell: Price drop alerts, Acme Travel' });
    await editor.getByRole('radio', { name: 'Partial' }).check();
    await editor.getByRole('textbox', { name: 'Note' }).fill('Only in the web app');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Save' }).click();
    await waitSaved(page);
    await expect(editor).toBeHidden();
    const cell = matrix
      .getByRole('row', { name: /Price drop alerts/ })
      .getByRole('cell')
      .filter({ hasText: 'Only in the web app' });
    await expect(cell.getByRole('button', { name: 'Price drop alerts, Acme Travel: Partial' })).toBeVisible();

    await page.reload();
    const reloaded = page.getByRole('table', { name: 'Capabilities compared: us and each competitor' });
    await expect(reloaded.getByRole('button', { name: 'Price drop alerts, Acme Travel: Partial' })).toBeVisible();
    await expect(reloaded.getByText('Only in the web app')).toBeVisible();
    // Linked requirements show by title.
    await expect(
      reloaded.getByRole('row', { name: /Price drop alerts/ }).getByText('Price alerts for saved flights'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

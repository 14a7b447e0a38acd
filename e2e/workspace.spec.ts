// The requirement workspace: templates, source and metric, links, notes, history, trash and archive.
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  cards,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  waitSaved,
  openView,
} from './support/board';

function detail(page: Page) {
  return page.getByRole('dialog', { name: 'Requirement details' });
}

async function openCard(page: Page, title: string) {
  await card(page, title).click();
  await expect(detail(page).getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  return detail(page);
}

test.describe('requirement workspace', () => {
  test('a new requirement starts from the PRD template', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Checkout redesign');
    const panel = await openCard(page, 'Checkout redesign');
    await expect(panel.getByRole('combobox', { name: 'Start from a template' }).locator('option:checked')).toHaveText(
      'PRD',
    );
    await panel.getByRole('button', { name: 'Use template' }).click();
    await waitSaved(page);
    const description = panel.getByRole('textbox', { name: 'Description' });
    for (const heading of [
      'Background',
      'Goals',
      'User stories',
      'Solution',
      'Acceptance criteria',
      'Metrics',
      'Risks',
    ]) {
      await expect(description).toHaveValue(new RegExp(`^## ${heading}$`, 'm'));
    }
    // A template never overwrites what was written: the picker is gone once there is a description.
    await expect(panel.getByRole('button', { name: 'Use template' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Preview' }).click();
    await expect(panel.getByRole('heading', { name: 'User stories' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('source and success metric survive a reload', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Faster search');
    let panel = await openCard(page, 'Faster search');
    await panel.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Interview' });
    await panel.getByRole('spinbutton', { name: 'Estimate (story points)' }).fill('5');
    const metric = panel.getByRole('group', { name: 'Success metric' });
    await metric.getByRole('textbox', { name: 'Metric' }).fill('Search success rate');
    await metric.getByRole('spinbutton', { name: 'Baseline' }).fill('62');
    await metric.getByRole('spinbutton', { name: 'Target' }).fill('80');
    await metric.getByRole('textbox', { name: 'Unit' }).fill('%');
    await waitSaved(page);

    await page.reload();
    panel = await openCard(page, 'Faster search');
    await expect(panel.getByRole('combobox', { name: 'Source' }).locator('option:checked')).toHaveText('Interview');
    await expect(panel.getByRole('spinbutton', { name: 'Estimate (story points)' })).toHaveValue('5');
    await expect(metric.getByRole('textbox', { name: 'Metric' })).toHaveValue('Search success rate');
    await expect(metric.getByRole('spinbutton', { name: 'Baseline' })).toHaveValue('62');
    await expect(metric.getByRole('spinbutton', { name: 'Target' })).toHaveValue('80');
    await expect(metric.getByRole('textbox', { name: 'Unit' })).toHaveValue('%');
  });

  test('links are checked and open in a new tab; notes carry their author', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Saved searches');
    const panel = await openCard(page, 'Saved searches');
    const links = panel.getByRole('region', { name: 'Links', exact: true });

    await links.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
    await links.getByRole('button', { name: 'Add link' }).click();
    await expect(links.getByRole('alert')).toHaveText('Enter a web address (https://…) or a mailto: address.');
    await expect(links.getByRole('link')).toHaveCount(0);

    await links.getByRole('combobox', { name: 'Link type' }).selectOption({ label: 'Prototype' });
    await links.getByRole('textbox', { name: 'Link address' }).fill('https://www.figma.com/proto/abc');
    await links.getByRole('button', { name: 'Add link' }).click();
    await waitSaved(page);
    const link = links.getByRole('link', { name: 'Prototype (opens in a new tab)' });
    await expect(link).toHaveAttribute('href', 'https://www.figma.com/proto/abc');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /\bnoopener\b/);

    const notes = panel.getByRole('region', { name: 'Notes', exact: true });
    await notes.getByRole('textbox', { name: 'New note' }).fill('Sales asked for this **twice**.');
    await expect(notes.getByRole('combobox', { name: 'Author' }).locator('option:checked')).toHaveText('Lin Wei');
    await notes.getByRole('combobox', { name: 'Author' }).selectOption({ label: 'Chen Jing' });
    await notes.getByRole('button', { name: 'Add note' }).click();
    await waitSaved(page);
    await expect(notes.getByRole('listitem')).toContainText('Chen Jing');
    await expect(notes.locator('strong', { hasText: 'twice' })).toBeVisible();

    await notes.getByRole('button', { name: 'Edit note by Chen Jing' }).click();
    await notes.getByRole('textbox', { name: 'Note text' }).fill('Sales asked for this three times.');
    await notes.getByRole('button', { name: 'Save note' }).click();
    await waitSaved(page);
    await expect(notes.getByRole('listitem')).toContainText('three times');
    await expectNoAxeViolations(page);

    await notes.getByRole('button', { name: 'Delete note by Chen Jing' }).click();
    await waitSaved(page);
    await expect(notes.getByRole('listitem')).toHaveCount(0);
  });

  test('the history shows a stage move and a priority change', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Trip sharing');
    await dragTo(page, card(page, 'Trip sharing'), column(page, 'analysis'), 'top');
    await expect(cards(page, 'analysis').filter({ hasText: 'Trip sharing' })).toHaveCount(1);
    await waitSaved(page);
    const panel = await openCard(page, 'Trip sharing');
    await panel.getByRole('combobox', { name: 'Priority' }).selectOption('P1');
    await waitSaved(page);
    const history = panel.getByRole('region', { name: 'History' });
    const items = history.getByRole('listitem');
    await expect(items.nth(0)).toContainText('Priority P2 → P1');
    await expect(items.nth(1)).toContainText('Moved Inbox → Analysis');
    await expect(items.nth(2)).toContainText('Created in Inbox');
    await expect(items.nth(2).locator('time')).toHaveText(/now|seconds? ago|minutes? ago/);
  });

  test('delete to the trash, archive, and restore both from the Trash & archive view', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Gift cards for trips');
    await quickAdd(page, 'Inbox', 'Legacy pricing page');

    let panel = await openCard(page, 'Gift cards for trips');
    await panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitSaved(page);
    await expect(card(page, 'Gift cards for trips')).toHaveCount(0);
    panel = await openCard(page, 'Legacy pricing page');
    await panel.getByRole('button', { name: 'Archive', exact: true }).click();
    await waitSaved(page);
    await expect(card(page, 'Legacy pricing page')).toHaveCount(0);

    await openView(page, 'Trash');
    await expect(page).toHaveURL(/#\/trash$/);
    const view = page.getByRole('region', { name: 'Trash & archive' });
    const trash = view.getByRole('region', { name: 'Trash', exact: true });
    const archive = view.getByRole('region', { name: 'Archive', exact: true });
    await expect(trash.getByRole('listitem').filter({ hasText: 'Gift cards for trips' })).toBeVisible();
    await expect(archive.getByRole('listitem').filter({ hasText: 'Legacy pricing page' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Emptying asks first, and nothing here is 30 days old.
    await trash.getByRole('button', { name: 'Empty items older than 30 days' }).click();
    await expect(trash.getByRole('status')).toHaveText(/Nothing has been in the trash for more than 30 days/);
    await trash.getByRole('button', { name: 'OK' }).click();

    await trash.getByRole('button', { name: 'Restore Gift cards for trips' }).click();
    await archive.getByRole('button', { name: 'Restore Legacy pricing page' }).click();
    await waitSaved(page);
    await expect(view.getByText('Nothing in the trash.')).toBeVisible();
    await expect(view.getByText('Nothing archived.')).toBeVisible();

    await openView(page, 'Board');
    await expect(card(page, 'Gift cards for trips')).toBeVisible();
    await expect(card(page, 'Legacy pricing page')).toBeVisible();
  });

  test('duplicate puts a copy right after the original, and opens it', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Loyalty points');
    const panel = await openCard(page, 'Loyalty points');
    await panel.getByRole('combobox', { name: 'Priority' }).selectOption('P1');
    await waitSaved(page);
    await panel.getByRole('button', { name: 'Duplicate' }).click();
    await waitSaved(page);
    await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Loyalty points (copy)');
    await expect(panel.getByRole('combobox', { name: 'Priority' })).toHaveValue('P1');
    await expect(panel.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveText([
      /^Created as a copy/,
    ]);
    await panel.getByRole('button', { name: 'Close' }).click();
    const titles = await cards(page, 'inbox').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(titles.indexOf('Loyalty points (copy)')).toBe(titles.indexOf('Loyalty points') + 1);
  });

  test('a tag gets a colour in the panel and shows it, readable, on the card', async ({ page }) => {
    // Two full-page axe runs (panel, then the whole demo board) outlast the default timeout on a busy machine.
    test.slow();
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Referral rewards');
    const panel = await openCard(page, 'Referral rewards');
    await panel.getByRole('textbox', { name: 'Tags' }).fill('growth');
    await panel.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await panel.getByRole('button', { name: 'Tag colours' }).click();
    await panel.getByRole('combobox', { name: 'Colour of tag growth' }).selectOption({ label: 'Blue' });
    await waitSaved(page);
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Close' }).click();
    const tag = card(page, 'Referral rewards').locator('.tag', { hasText: 'growth' });
    await expect(tag).toHaveCSS('background-color', 'rgb(25, 113, 194)');
    await expect(tag).toHaveCSS('color', 'rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
  });
});

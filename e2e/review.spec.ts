// The review loop (issue 17): the demo's SMS sign-in launch is overdue for review.
// Record its verdict from the Review queue (the card moves to the last stage),
// create a follow-up from its learning (it lands in Inbox, linked both ways),
// and export the summary as Markdown with the verdict counted.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { glyphsOnPage } from '../src/features/roadmap/export/testing/pdfText';
import { card, column, details, expectNoAxeViolations, openBoard, openDetails, waitSaved } from './support/board';

const LAUNCH = 'Sign in with phone number and SMS code';
const FOLLOW_UP = `Follow-up: ${LAUNCH}`;

test('a due review gets its verdict, a follow-up in Inbox linked back, and a summary in Markdown', async ({ page }) => {
  await openBoard(page);
  await page.keyboard.press('g');
  await page.keyboard.press('v');
  await expect(page.getByRole('heading', { level: 2, name: /^Review queue · / })).toBeVisible();

  const due = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: LAUNCH }) });
  await expect(due).toContainText('Overdue since');
  await expect(due).toContainText('Sign-in completion: baseline 71 % → target 85 % → actual —');
  await expectNoAxeViolations(page);

  await due.getByRole('spinbutton', { name: 'Actual value' }).fill('86');
  await due.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'Hit' });
  await due.getByRole('textbox', { name: 'Learnings' }).fill('Most users **finish** in one try.');
  await due.getByRole('button', { name: 'Record verdict' }).click();
  await waitSaved(page);
  await expect(page.getByText('No review is due.')).toBeVisible();

  const reviewed = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: LAUNCH }) });
  await expect(reviewed).toContainText('Hit');
  await expect(reviewed.locator('strong')).toHaveText('finish');
  await reviewed.getByRole('button', { name: `Create follow-up of “${LAUNCH}”` }).click();
  await waitSaved(page);
  await expect(reviewed.getByRole('button', { name: FOLLOW_UP })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export summary as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-review-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Review summary · /);
  expect(markdown).toContain('| Hit | 1 |');
  expect(markdown).toContain('| Missed | 0 |');
  expect(markdown).toContain('**Hit rate:** 100%');
  expect(markdown).toContain(`#### ${LAUNCH} — Hit`);
  expect(markdown).toContain('Most users **finish** in one try.');

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export summary as PDF' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/-review-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = new Uint8Array(await readFile(await pdfDownload.path()));
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  expect(await glyphsOnPage(pdf)).toBeGreaterThan(100);

  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(column(page, 'review').getByTestId('requirement-card').filter({ hasText: LAUNCH })).toHaveCount(1);
  await expect(column(page, 'inbox').getByTestId('requirement-card').filter({ hasText: FOLLOW_UP })).toHaveCount(1);

  const panel = await openDetails(page, FOLLOW_UP);
  await expect(panel.getByRole('textbox', { name: 'Description' })).toHaveValue('Most users **finish** in one try.');
  await panel.getByRole('button', { name: LAUNCH }).click();
  await expect(details(page).getByRole('textbox', { name: 'Title' })).toHaveValue(LAUNCH);
  await expect(details(page).getByRole('combobox', { name: 'Verdict' })).toHaveValue('hit');
  await expect(details(page).getByRole('button', { name: FOLLOW_UP })).toBeVisible();
  await expect(card(page, LAUNCH)).toBeVisible();

  // The roadmap's initiative shows its requirements' verdicts and hit rate.
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const initiative = page.getByRole('button', { name: /^Account basics,/ });
  await initiative.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Initiative' }).getByTestId('initiative-verdicts')).toHaveText(
    '1 hit, 0 partly, 0 missed, 0 inconclusive · Hit rate: 100% (1 of 1 conclusive)',
  );
});

// Age markers (issue 17): on a known history whose P85 cycle time is 13 days, requirements in
// progress longer than their stage's P85 carry a marker that names their age and bar in words; the
// product's switch hides them.
import { expect, test } from '@playwright/test';
import { card, chooseFromMenu, expectNoAxeViolations, openBoard, waitSaved } from './support/board';
import { restoreKnownHistory } from './support/flowHistory';

test('an old card shows its age marker, the palette and Settings switch it off and on, with no axe violations', async ({
  page,
}, testInfo) => {
  // A restore, the markers' pass after 3 s without input (twice) and two axe scans: over the default
  // 30 s on a loaded 2-core machine, though nothing in it is slow.
  test.setTimeout(60_000);
  await openBoard(page);
  await restoreKnownHistory(page, testInfo.outputPath('known-history.json'), { stuck: true });

  const marker = card(page, 'Stuck in testing').getByTestId('age-marker');
  await expect(marker).toHaveText('Aging · 21 d');
  // Only one finished item ever left Testing: too little of its own, so the overall P85 is its bar.
  await expect(marker).toHaveAccessibleName(
    'Aging: in progress for 21 days, older than 85% of finished items (P85 cycle time 13 days; Testing has too little history of its own)',
  );
  // Development is held to its own P85, the age by which its five finished items had left it.
  await expect(card(page, 'Slow in development').getByTestId('age-marker')).toHaveAccessibleName(
    'Aging: in progress for 15 days; 85% of finished items had left Development by day 13 (its P85)',
  );
  // 11 days in progress is within it.
  await expect(card(page, 'Still in development')).toBeVisible();
  await expect(card(page, 'Still in development').getByTestId('age-marker')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.locator('body').click({ position: { x: 5, y: 990 } });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('age markers');
  await palette.getByRole('combobox', { name: 'Type a command' }).press('Enter');
  await expect(page.getByTestId('toast').filter({ hasText: /^Age markers are off for / })).toBeVisible();
  await waitSaved(page);
  await expect(page.getByTestId('age-marker')).toHaveCount(0);

  await chooseFromMenu(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const toggle = settings.getByRole('checkbox', {
    name: 'Mark requirements that have been in progress unusually long',
  });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await waitSaved(page);
  await expectNoAxeViolations(page);
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(marker).toHaveText('Aging · 21 d');
});

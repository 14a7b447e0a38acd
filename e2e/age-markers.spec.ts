// Age markers (issue 17): on a known history whose P85 cycle time is 13 days, a requirement in
// progress for 21 days carries a marker that names its age in words; the product's switch hides it.
import { expect, test } from '@playwright/test';
import { card, chooseFromMenu, expectNoAxeViolations, openBoard, waitSaved } from './support/board';
import { restoreKnownHistory } from './support/flowHistory';

test('an old card shows its age marker, the palette and Settings switch it off and on, with no axe violations', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  await restoreKnownHistory(page, testInfo.outputPath('known-history.json'), { stuck: true });

  const marker = card(page, 'Stuck in testing').getByTestId('age-marker');
  await expect(marker).toHaveText('Aging · 21 d');
  await expect(marker).toHaveAccessibleName(
    'Aging: in progress for 21 days, older than 85% of finished items (P85 cycle time 13 days)',
  );
  // 11 days in progress is within the P85.
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

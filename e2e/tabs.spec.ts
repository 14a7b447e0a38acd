import { expect, test } from '@playwright/test';
import { card, cards, dragTo, openBoard, quickAdd, waitSaved } from './support/board';

test('a change in one tab appears in the other without a reload', async ({ context }) => {
  const first = await context.newPage();
  await openBoard(first);
  const second = await context.newPage();
  await openBoard(second);

  await quickAdd(first, 'Inbox', 'Seen in both tabs');
  await expect(card(second, 'Seen in both tabs')).toBeVisible();

  await dragTo(first, card(first, 'Seen in both tabs'), cards(first, 'design').first(), 'top');
  await waitSaved(first);
  await expect(cards(second, 'design').filter({ hasText: 'Seen in both tabs' })).toHaveCount(1);
  await expect(cards(second, 'inbox').filter({ hasText: 'Seen in both tabs' })).toHaveCount(0);
});

// Team semantics with a real sync server: what a viewer may do, and what reaches the others.
import { expect, test } from '@playwright/test';
import { card, column, expectNoAxeViolations, openBoard, quickAdd } from './support/board';
import { currentProductId, joinFromLink, startE2eSyncServer, type E2eSyncServer } from './support/syncServer';

let server: E2eSyncServer;
test.beforeAll(async () => {
  server = await startE2eSyncServer();
});
test.afterAll(async () => {
  await server.close();
});

const VIEW_ONLY_NOTE = 'You joined as a viewer: only editors can change this product.';

test('a viewer sees the product but cannot drag or edit, the controls say why, and the editor’s changes still arrive', async ({
  page,
  browser,
}) => {
  await openBoard(page);
  const productId = await currentProductId(page);
  await joinFromLink(page, await server.linkHash(productId, 'editor'));
  const firstCard = page.getByTestId('requirement-card').first();
  const firstId = await firstCard.getAttribute('data-requirement-id');

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await openBoard(viewer);
  await joinFromLink(viewer, await server.linkHash(productId, 'viewer'), 'Synced, view only');
  const header = viewer.getByRole('banner');
  await expect(header.getByText('View only', { exact: true })).toBeVisible();
  await expect(header.getByText(VIEW_ONLY_NOTE)).toBeVisible();

  // The board: quick add is off, and a card neither lifts nor moves by keyboard.
  const viewedCard = viewer.locator(`[data-testid="requirement-card"][data-requirement-id="${firstId}"]`);
  await expect(viewedCard).toBeVisible();
  const inboxAdd = viewer.getByRole('textbox', { name: 'Add a requirement to Inbox' });
  await expect(inboxAdd).toBeDisabled();
  await expect(inboxAdd).toHaveAccessibleDescription(VIEW_ONLY_NOTE);
  await expect(viewedCard).toHaveAccessibleDescription(VIEW_ONLY_NOTE);
  await viewedCard.focus();
  await viewer.keyboard.press('Space');
  await viewer.keyboard.press('ArrowRight');
  await viewer.keyboard.press('Space');
  await expectNoAxeViolations(viewer);

  // The details: every field is off, and the panel says why.
  await viewedCard.press('Enter');
  const detail = viewer.getByRole('dialog', { name: 'Requirement details' });
  await expect(detail.getByText('View only: you joined this product as a viewer')).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Title' })).toBeDisabled();
  await expect(detail.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expectNoAxeViolations(viewer);
  await viewer.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // The command palette offers no delete.
  await viewedCard.focus();
  await viewer.keyboard.press('Delete');

  // The editor's next change still arrives.
  await quickAdd(page, 'Inbox', 'Added by the editor');
  await expect(card(viewer, 'Added by the editor')).toBeVisible();
  // Nothing the viewer tried above moved or removed the card, here or for the editor.
  for (const board of [viewer, page])
    await expect(column(board, 'inbox').locator(`[data-requirement-id="${firstId}"]`)).toBeVisible();
  await viewerContext.close();
});

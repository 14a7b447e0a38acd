import { expect, test } from '@playwright/test';
import { column, expectNoAxeViolations, openBoard, setLanguage } from './support/board';

test('switching to 简体中文 translates the board and is remembered', async ({ page }) => {
  await openBoard(page);
  await setLanguage(page, '简体中文');
  await expect(column(page, 'inbox').getByRole('heading', { name: '需求收集' })).toBeVisible();
  await expect(column(page, 'review').getByRole('heading', { name: '数据复盘' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '在「需求收集」中添加需求' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(column(page, 'analysis').getByRole('heading', { name: '需求分析' })).toBeVisible();
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('starts in Chinese with a Chinese demo product', async ({ page }) => {
    await page.goto('/');
    await expect(column(page, 'inbox').getByRole('heading', { name: '需求收集' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '产品' })).toContainText('示例');
  });
});

import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';

test('the BFF answers its health check', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
});

test('the H5 app home page loads in Chinese', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const res = await page.goto('/');
  expect(res?.status()).toBe(200);
  await expect(page).toHaveTitle(/\S/);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await page.waitForLoadState('networkidle');
  await snap(page, 'smoke-home');
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

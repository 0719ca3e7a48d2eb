import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { harness } from '../support/harness';
import { axeClean, signInAndBind } from './personal';
import { homeIn, portalTile } from './portal';

async function ordersCreated(): Promise<number> {
  const res = await fetch(`${harness.mockURL}/__control/stats`);
  const body = (await res.json()) as { services: { pay?: { events?: { orderCreated?: number } } } };
  return body.services.pay?.events?.orderCreated ?? 0;
}

test('Chengdu resident: pay the 2026 resident medical insurance once, even when the answer is lost and the payment retried', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndBind(page, '13700028006', '赵建国', '510105196510010052');
  await homeIn(page, 'chengdu');
  await portalTile(page, 'social-insurance').click();
  await expect(page.getByTestId('si-summary')).toBeVisible();
  const card = page.getByTestId('rm-summary');
  await expect(card).toHaveAttribute('data-status', 'unpaid');
  await expect(page.getByTestId('rm-summary-amount')).toContainText('420.00');
  await page.getByTestId('rm-pay-open').click();

  await expect(page.getByTestId('rm-check')).toBeVisible();
  await expect(page.getByTestId('rm-check-year')).toContainText('2026');
  await expect(page.getByTestId('rm-check-amount')).toContainText('420.00');
  await expect(page.getByTestId('rm-check-who')).toContainText('赵');
  await expect(page.locator('body')).not.toContainText('510105196510010052');
  await snap(page, 'rm-check');
  await axeClean(page);

  const before = await ordersCreated();
  // The first try reaches the BFF and pays, but its answer is lost on the way back (network error).
  const keys: string[] = [];
  let first = true;
  await page.route('**/social-insurance/resident-medical/payments', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (first) {
      first = false;
      await route.fetch();
      await route.abort('failed');
    } else {
      await route.continue();
    }
  });
  await page.getByTestId('rm-confirm').click();
  await expect(page.getByTestId('rm-error')).toHaveAttribute('data-problem', 'uncertain');
  await expect(page.getByTestId('rm-error')).toContainText('可能没有完成');
  await snap(page, 'rm-uncertain');
  await page.getByTestId('rm-retry').click();

  await expect(page.getByTestId('rm-confirmation')).toBeVisible();
  await expect(page.getByTestId('rm-reference')).toHaveText(/^RM2026[0-9A-F]+$/);
  await expect(page.getByTestId('rm-done-amount')).toContainText('420.00');
  await expect(page.getByTestId('rm-trade-no')).not.toBeEmpty();
  await expect(page.getByTestId('rm-next')).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  expect(keys[1]).toBe(keys[0]);
  expect((await ordersCreated()) - before).toBe(1);
  await snap(page, 'rm-confirmation');

  await page.getByTestId('rm-back').click();
  await expect(page.getByTestId('rm-summary')).toHaveAttribute('data-status', 'paid');
});

test('Chengdu: book a vaccination for a child, see it in my appointments, cancel it', async ({ page }) => {
  test.setTimeout(90_000);
  // The mock's business day: booking is tomorrow up to 14 days after 2026-03-02.
  await page.clock.setFixedTime(new Date('2026-03-02T08:15:00+08:00'));
  await signInAndBind(page, '13800028004', '刘洋', '510107198802280013');
  await page.goto('/#/packages/account/pages/family/index');
  await page.getByTestId('family-add').click();
  await page.getByTestId('family-relation-child').click();
  await page.getByTestId('family-name').fill('刘一诺');
  await page.getByTestId('family-number').fill('510107202409100038');
  await page.getByTestId('family-save').click();
  await expect(page.getByTestId('family-member')).toHaveCount(1);

  await homeIn(page, 'chengdu');
  const tile = portalTile(page, 'vaccination');
  await expect(tile).toHaveAttribute('data-status', 'available');
  await tile.click();
  await expect(page.getByTestId('page-vaccination')).toBeVisible();
  await page.getByTestId('vx-book-open').click();

  await page.locator('[data-testid=vx-district-option][data-value="武侯区"]').click();
  await page.getByTestId('vx-clinic-option').filter({ hasText: '儿童' }).first().click();
  await page.locator('[data-testid=vx-date-option][data-disabled=false]').first().click();
  const free = page.locator('[data-testid=vx-period-option][data-disabled=false]').first();
  await free.click();
  await page.locator('[data-testid=vx-vaccine-option][data-value="MMR"]').click();
  await page.getByTestId('vx-person-option').filter({ hasText: '刘' }).click();
  await page.getByTestId('vx-continue').click();

  await expect(page.getByTestId('vx-check')).toBeVisible();
  await expect(page.getByTestId('vx-check-person')).toContainText('子女');
  await expect(page.getByTestId('vx-check-vaccine')).toContainText('麻腮风');
  await snap(page, 'vx-check');
  await axeClean(page);
  await page.getByTestId('vx-confirm').click();
  await expect(page.getByTestId('vx-confirmation')).toBeVisible();
  const reference = (await page.getByTestId('vx-reference').textContent())!.trim();
  expect(reference.length).toBeGreaterThan(4);
  await snap(page, 'vx-confirmation');

  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-appointments').click();
  const row = page.locator(`[data-testid=vx-appointment][data-reference="${reference}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('麻腮风');
  await row.getByTestId('vx-cancel').click();
  await snap(page, 'vx-cancel-confirm');
  await row.getByTestId('vx-cancel-confirm').click();
  await expect(page.getByTestId('vx-cancelled')).toContainText(reference);
  await expect(page.locator(`[data-testid=vx-appointment][data-reference="${reference}"]`)).toHaveCount(0);
  await snap(page, 'vx-cancelled');
});

import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { harness } from '../support/harness';
import { busSearchInput, homeIn, portalTile } from './portal';

/** Drives the real mock's fault injection (its /__control API) while the citizen uses the page. */
async function fault(service: string, body: Record<string, unknown> | null): Promise<void> {
  const res = await fetch(`${harness.mockURL}/__control/faults${body ? `/${service}` : ''}`, {
    method: body ? 'PUT' : 'DELETE',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.ok).toBe(true);
}

test.afterEach(async () => {
  await fault('', null);
});

test("when the city's bus system is down, the search says so in plain words and a retry recovers", async ({ page }) => {
  test.setTimeout(60_000);
  await homeIn(page, 'chengdu');
  await fault('chengdu-bus', { errorRate: 1 });

  await portalTile(page, 'bus').click();
  await expect(page.getByTestId('page-bus-search')).toBeVisible();
  // A query nobody has searched for, so no cached answer can hide the failure.
  await busSearchInput(page).fill('55');
  await page.getByTestId('bus-search-submit').click();

  const error = page.getByTestId('bus-results-error');
  await expect(error).toBeVisible();
  await expect(error.getByRole('alert')).toContainText('城市系统暂时没有响应');
  await expect(page.getByTestId('bus-result')).toHaveCount(0);
  await snap(page, 'bus-search-upstream-down');

  // The system is back. The BFF's circuit breaker keeps sparing it for a few seconds (10 s by
  // default) before letting a request through again, so the citizen may need to retry more than once.
  await fault('', null);
  await expect(async () => {
    await page.getByTestId('bus-results-retry').click();
    await expect(page.getByTestId('bus-result').first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(error).toHaveCount(0);
  await snap(page, 'bus-search-after-retry');
});

import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/artifacts';
import { busResult, chooseCity, openHome, searchBus, stopNames } from './portal';

/** Line page -> both directions drawn -> a stop -> arrivals -> refresh. Returns nothing; asserts all the way. */
async function lineToArrivals(page: Page, lineName: string, prefix: string): Promise<void> {
  await expect(page.getByTestId('page-bus-line')).toBeVisible();
  await expect(page.getByTestId('bus-line-name')).toHaveText(lineName);

  // Direction 0 is drawn first.
  const dir0 = page.getByTestId('bus-direction-0');
  const dir1 = page.getByTestId('bus-direction-1');
  await expect(dir0).toHaveAttribute('aria-pressed', 'true');
  const outbound = await stopNames(page);
  expect(outbound.length, 'stops drawn for direction 0').toBeGreaterThan(2);
  await snap(page, `${prefix}-line-dir0`);

  // The other direction: a different stop order.
  await dir1.click();
  await expect(dir1).toHaveAttribute('aria-pressed', 'true');
  await expect(dir0).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(async () => (await stopNames(page))[0], { message: 'direction 1 draws its own stops' })
    .not.toBe(outbound[0]);
  const inbound = await stopNames(page);
  expect(inbound.length, 'stops drawn for direction 1').toBeGreaterThan(2);
  await snap(page, `${prefix}-line-dir1`);

  // Back to direction 0 and tap a stop in the middle of the line (buses are on their way to it).
  await dir0.click();
  await expect(dir0).toHaveAttribute('aria-pressed', 'true');
  const seq = Math.ceil(outbound.length / 2);
  const stop = page.getByTestId(`bus-stop-${seq}`);
  const stopText = (await stop.innerText()).replace(/\s+/g, ' ');
  await stop.click();

  await expect(page.getByTestId('page-bus-arrivals')).toBeVisible();
  const heading = page.getByTestId('bus-arrivals-stop');
  await expect(heading).toBeVisible();
  // The heading names the stop tapped ("<stop> 站"); the stop button reads "第n站 <stop>".
  const stopName = stopText.replace(/^第\d+站\s*/, '').trim();
  await expect(heading).toContainText(stopName);

  const arrivals = page.getByTestId('bus-arrival');
  await expect(arrivals.first()).toBeVisible();
  expect(await arrivals.count(), 'buses coming at Monday 08:15').toBeGreaterThan(0);
  await expect(page.getByTestId('bus-arrivals-empty')).toHaveCount(0);
  await expect(arrivals.first()).toContainText(/约 \d+ 分钟|即将到站/);
  await expect(arrivals.first()).toContainText(/还有 \d+ 站/);
  await snap(page, `${prefix}-arrivals`);

  // Refresh asks the BFF again and the arrivals are still shown.
  const refreshed = page.waitForResponse((r) => r.url().includes('/bus/arrivals') && r.request().method() === 'GET');
  await page.getByTestId('bus-arrivals-refresh').click();
  expect((await refreshed).status()).toBe(200);
  await expect(page.getByTestId('bus-arrivals-error')).toHaveCount(0);
  await expect(arrivals.first()).toContainText(/约 \d+ 分钟|即将到站/);
  await snap(page, `${prefix}-arrivals-refreshed`);
}

test('Chengdu: switch city (remembered), search 16, both directions, arrivals, refresh', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await openHome(page);
  await expect(page.getByTestId('city-name')).toHaveText('上海');
  await snap(page, 'bus-home-shanghai');

  await chooseCity(page, 'chengdu');
  await page.reload();
  await expect(page.getByTestId('city-name')).toHaveText('成都');
  await expect(page.getByTestId('city-option-chengdu')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('city-option-shanghai')).toHaveAttribute('data-selected', 'false');
  await snap(page, 'bus-home-chengdu');

  await searchBus(page, '16');
  const line = busResult(page, '16路');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('data-line-id', /\S/);
  await snap(page, 'bus-chengdu-search-16');

  await line.click();
  await lineToArrivals(page, '16路', 'bus-chengdu-16');
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

test('Shanghai: search 71, line SH0071, both directions, arrivals, refresh', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await openHome(page);
  await expect(page.getByTestId('city-name')).toHaveText('上海');
  await searchBus(page, '71');
  const line = page.locator('[data-testid="bus-result"][data-line-id="SH0071"]');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('71路');
  await snap(page, 'bus-shanghai-search-71');

  await line.click();
  await lineToArrivals(page, '71路', 'bus-shanghai-71');
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { harness } from '../support/harness';
import { homeIn, portalTile, type TestCity } from './portal';

const LEVEL_WORDS = /^(畅通|缓行|拥堵|严重拥堵|Smooth|Slow|Congested|Severe(ly)? congest(ed|ion))$/i;

for (const city of ['shanghai', 'chengdu'] as TestCity[]) {
  test(`${city}: traffic shows road sections with their level in words`, async ({ page }) => {
    await homeIn(page, city);
    // The home card summarises traffic with a level word too.
    await expect(page.getByTestId('card-traffic').locator('.portal-level')).toHaveText(LEVEL_WORDS);
    await page.getByTestId('card-traffic-open').click();

    await expect(page.getByTestId('page-traffic')).toBeVisible();
    const sections = page.getByTestId('traffic-section');
    await expect(sections.first()).toBeVisible();
    const count = await sections.count();
    expect(count, 'road sections listed').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i);
      await expect(section.locator('.portal-traffic-road')).toHaveText(/\S/);
      await expect(section.locator('[data-level]')).toHaveText(LEVEL_WORDS);
    }
    await expect(page.getByTestId('traffic-summary').locator('[data-level]')).toHaveText(LEVEL_WORDS);
    await snap(page, `traffic-${city}`);

    // The tile opens the same page.
    await page.goBack();
    await expect(page.getByTestId('page-home')).toBeVisible();
    await portalTile(page, 'traffic').click();
    await expect(page.getByTestId('traffic-section').first()).toBeVisible();
  });

  test(`${city}: weather shows the current temperature and 3 forecast days`, async ({ page }) => {
    await homeIn(page, city);
    await page.getByTestId('card-weather-open').click();

    await expect(page.getByTestId('page-weather')).toBeVisible();
    const current = page.getByTestId('weather-current');
    await expect(current.locator('.portal-weather-temp')).toHaveText(/^-?\d+°C$/);
    const days = page.getByTestId('weather-day');
    await expect(days).toHaveCount(3);
    // Three consecutive days from today (the mock's fixed clock: Monday 2026-03-02).
    const dates: string[] = [];
    for (let i = 0; i < 3; i++) {
      const text = (await days.nth(i).innerText()).replace(/\s+/g, ' ');
      const date = /(\d{2})-(\d{2})/.exec(text);
      expect(date, `forecast day ${i} shows its date (MM-DD): "${text}"`).not.toBeNull();
      dates.push(`2026-${date![1]}-${date![2]}`);
      // A low/high range in °C.
      expect(text, `forecast day ${i} shows low and high °C`).toMatch(/-?\d+\s*°C.*-?\d+\s*°C/);
    }
    if (!harness.external) expect(dates[0]).toBe(harness.fixedTime.slice(0, 10));
    const ms = dates.map((d) => Date.parse(`${d}T00:00:00Z`));
    expect(ms[1] - ms[0]).toBe(86_400_000);
    expect(ms[2] - ms[1]).toBe(86_400_000);
    await snap(page, `weather-${city}`);
  });
}

test('a planned portal (Shanghai 最新消息) says not yet available and opens nothing', async ({ page }) => {
  await homeIn(page, 'shanghai');
  const tile = portalTile(page, 'latest-news');
  await expect(tile).toHaveAttribute('data-status', 'planned');
  await expect(tile).toHaveAttribute('aria-label', '最新消息，暂未开通');
  await expect(tile).toContainText('最新消息');
  await expect(tile).toContainText('暂未开通');

  const urlBefore = page.url();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) requests.push(r.url());
  });
  await tile.click();
  const note = page.getByTestId('planned-note-news');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('role', 'status');
  await expect(note).toContainText('最新消息');
  await expect(note).toContainText('暂未开通');
  // Still on the home page: no navigation, no dialog, no data asked for.
  expect(page.url()).toBe(urlBefore);
  await expect(page.getByTestId('page-home')).toBeVisible();
  expect(requests).toEqual([]);
  await snap(page, 'planned-portal-note');
});

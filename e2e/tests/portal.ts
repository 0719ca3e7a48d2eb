import { expect, type Locator, type Page } from '@playwright/test';

/** Shared steps for the portal-flow specs (not a spec itself: Playwright only runs *.spec.ts). */

export const CITY_NAMES = { shanghai: '上海', chengdu: '成都' } as const;
export type TestCity = keyof typeof CITY_NAMES;

/** Opens the H5 home page (hash route) and waits for the home page shell. */
export async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('page-home')).toBeVisible();
}

/** Picks a city with the home page's city switch and checks the header follows. */
export async function chooseCity(page: Page, city: TestCity): Promise<void> {
  const option = page.getByTestId(`city-option-${city}`);
  await option.click();
  await expect(option).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('city-name')).toHaveText(CITY_NAMES[city]);
}

/** Home page with the city chosen and its data (weather/traffic cards) loaded. */
export async function homeIn(page: Page, city: TestCity): Promise<void> {
  await openHome(page);
  if ((await page.getByTestId('city-name').textContent())?.trim() !== CITY_NAMES[city]) await chooseCity(page, city);
  await expect(page.getByTestId('card-weather').getByText('°')).toBeVisible();
}

/** The elderly-mode switch on the home page. */
export function elderlySwitch(page: Page): Locator {
  return page.getByTestId('elderly-switch');
}

export async function setElderly(page: Page, on: boolean): Promise<void> {
  const sw = elderlySwitch(page);
  if ((await sw.getAttribute('data-checked')) !== String(on)) await sw.click();
  await expect(sw).toHaveAttribute('data-checked', String(on));
  await expect(sw).toHaveAttribute('aria-checked', String(on));
  await expect(page.locator('[data-testid^="page-"]').first()).toHaveAttribute('data-elderly', String(on));
}

/** A portal tile by its catalog id (the first one when a city lists it in two groups). */
export function portalTile(page: Page, id: string): Locator {
  return page.getByTestId(`portal-${id}`).first();
}

/** The bus search box (type=search <input> inside Taro's taro-input-core). */
export function busSearchInput(page: Page): Locator {
  return page.getByRole('searchbox', { name: '搜索公交线路' });
}

/** From the home page: open the bus portal, search, and wait for results. */
export async function searchBus(page: Page, query: string): Promise<void> {
  await portalTile(page, 'bus').click();
  await expect(page.getByTestId('page-bus-search')).toBeVisible();
  const input = busSearchInput(page);
  await input.fill(query);
  await page.getByTestId('bus-search-submit').click();
  await expect(page.getByTestId('bus-result').first()).toBeVisible();
}

/** The search result whose line name is exactly `name` (so 16路 is not 116路). */
export function busResult(page: Page, name: string): Locator {
  return page.getByTestId('bus-result').filter({ has: page.getByText(name, { exact: true }) });
}

/** The stop names drawn on the line page, in order. */
export async function stopNames(page: Page): Promise<string[]> {
  const stops = page.getByTestId('bus-stops').locator('[data-testid^="bus-stop-"]');
  await expect(stops.first()).toBeVisible();
  return (await stops.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

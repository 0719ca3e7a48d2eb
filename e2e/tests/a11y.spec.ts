import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/artifacts';
import { busResult, homeIn, searchBus, setElderly, type TestCity } from './portal';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is and fails on serious/critical violations, listing each one. */
async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `- ${v.id} [${v.impact}] ${v.help}\n` +
        v.nodes
          .slice(0, 10)
          .map((n) => `    target: ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
          .join('\n') +
        (v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : ''),
    )
    .join('\n');
  await snap(page, `a11y-${name}`);
  expect(bad.length, `axe (${TAGS.join(', ')}) serious/critical violations on ${name}:\n${report}`).toBe(0);
  // The scan really looked at something.
  expect(results.passes.length, `axe ran rules on ${name}`).toBeGreaterThan(0);
}

for (const elderly of [false, true]) {
  const mode = elderly ? 'elderly' : 'normal';

  for (const city of ['shanghai', 'chengdu'] as TestCity[]) {
    test(`axe: home page, ${city}, ${mode} mode`, async ({ page }) => {
      await homeIn(page, city);
      await setElderly(page, elderly);
      await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
      await expectNoSeriousViolations(page, `home-${city}-${mode}`);
    });
  }

  test(`axe: bus search results, line and arrivals (Shanghai 71路), ${mode} mode`, async ({ page }) => {
    await homeIn(page, 'shanghai');
    await setElderly(page, elderly);

    await searchBus(page, '71');
    await expect(busResult(page, '71路')).toBeVisible();
    await expectNoSeriousViolations(page, `bus-search-${mode}`);

    await busResult(page, '71路').click();
    await expect(page.getByTestId('bus-line-name')).toHaveText('71路');
    await expect(page.getByTestId('bus-stop-1')).toBeVisible();
    await expectNoSeriousViolations(page, `bus-line-${mode}`);

    await page.getByTestId('bus-stop-3').click();
    await expect(page.getByTestId('bus-arrival').first()).toBeVisible();
    await expectNoSeriousViolations(page, `bus-arrivals-${mode}`);
  });
}

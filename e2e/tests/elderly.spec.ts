import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/artifacts';
import { elderlySwitch, homeIn, setElderly } from './portal';

interface TextMetrics {
  selector: string;
  fontSize: number;
  lineHeight: number;
}

/** Computed font size and line height (px) of the home page's main text blocks that are visible. */
async function mainText(page: Page): Promise<TextMetrics[]> {
  return page.evaluate(() => {
    const selectors = [
      '[data-testid="card-weather"] .portal-text',
      '[data-testid="card-traffic"] .portal-text',
      '.portal-home-tagline',
      '.portal-group-account',
      '.portal-tile-name',
    ];
    const out: { selector: string; fontSize: number; lineHeight: number }[] = [];
    for (const selector of selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el || el.getClientRects().length === 0) continue;
      const cs = getComputedStyle(el);
      const fontSize = parseFloat(cs.fontSize);
      // "normal" has no px value: report it as 0 so the assertion names it.
      const lineHeight = cs.lineHeight === 'normal' ? 0 : parseFloat(cs.lineHeight);
      out.push({ selector, fontSize, lineHeight });
    }
    return out;
  });
}

interface Target {
  label: string;
  width: number;
  height: number;
}

/** Every visible button / switch / portal tile on the page with its rendered size. */
async function tapTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const els = Array.from(
      document.querySelectorAll<HTMLElement>('[role="button"], [role="switch"], button, [data-testid^="portal-"]:not([data-testid^="portal-groups"])'),
    );
    const seen = new Set<HTMLElement>();
    const out: { label: string; width: number; height: number }[] = [];
    for (const el of els) {
      if (seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const label =
        el.getAttribute('data-testid') ??
        el.getAttribute('aria-label') ??
        (el.textContent ?? '').trim().slice(0, 30);
      out.push({ label: `${el.tagName.toLowerCase()} ${label}`, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
    }
    return out;
  });
}

test('elderly mode: 18pt text, 1.3 line height, 60x60 targets, off again, survives reload', async ({ page }) => {
  await homeIn(page, 'shanghai');
  await expect(elderlySwitch(page)).toHaveAttribute('data-checked', 'false');
  const normal = await mainText(page);
  expect(normal.length, 'main text found on the home page').toBeGreaterThan(2);
  await snap(page, 'elderly-off-home');

  // On.
  await setElderly(page, true);
  const big = await mainText(page);
  expect(big.map((m) => m.selector)).toEqual(normal.map((m) => m.selector));
  const tooSmall = big.filter((m) => m.fontSize < 24);
  expect(tooSmall, `elderly text below 24px (18pt): ${JSON.stringify(tooSmall)}`).toEqual([]);
  const tight = big.filter((m) => m.lineHeight < 1.3 * m.fontSize - 0.01);
  expect(tight, `elderly line-height below 1.3x font size: ${JSON.stringify(tight)}`).toEqual([]);
  for (let i = 0; i < big.length; i++) {
    expect(big[i].fontSize, `${big[i].selector} grows in elderly mode`).toBeGreaterThan(normal[i].fontSize);
  }

  const targets = await tapTargets(page);
  expect(targets.length, 'buttons, switch and tiles found').toBeGreaterThan(5);
  const smallTargets = targets.filter((t) => t.width < 60 || t.height < 60);
  expect(smallTargets, `elderly tap targets below 60x60 CSS px:\n${smallTargets.map((t) => `  ${t.label}: ${t.width}x${t.height}`).join('\n')}`).toEqual([]);

  // Nothing needs horizontal scrolling at 390 wide.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow in elderly mode (px)').toBeLessThanOrEqual(0);
  await snap(page, 'elderly-on-home');

  // Survives a reload.
  await page.reload();
  await expect(page.getByTestId('page-home')).toHaveAttribute('data-elderly', 'true');
  await expect(elderlySwitch(page)).toHaveAttribute('data-checked', 'true');
  await expect(page.getByTestId('card-weather').getByText('°')).toBeVisible();
  const afterReload = await mainText(page);
  expect(afterReload.map((m) => m.fontSize)).toEqual(big.map((m) => m.fontSize));

  // Off: text is smaller again, and that too survives a reload.
  await setElderly(page, false);
  const off = await mainText(page);
  for (let i = 0; i < off.length; i++) {
    expect(off[i].fontSize, `${off[i].selector} shrinks again`).toBeLessThan(big[i].fontSize);
    expect(off[i].fontSize).toBe(normal[i].fontSize);
  }
  await page.reload();
  await expect(page.getByTestId('page-home')).toHaveAttribute('data-elderly', 'false');
  await expect(elderlySwitch(page)).toHaveAttribute('data-checked', 'false');
  await snap(page, 'elderly-off-again-home');
});

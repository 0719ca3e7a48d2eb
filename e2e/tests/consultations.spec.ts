import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/artifacts';
import { axeClean, smsCode } from './personal';
import { homeIn, portalTile, setElderly } from './portal';

// A citizen used by no other spec (the e2e BFF keeps one database for the whole run). Responding
// needs a sign-in only, not a real-name binding.
const PHONE = '13600028011';
const OPEN_ID = 'chengdu-park-city-regulation';

async function signIn(page: Page): Promise<void> {
  await page.goto('/#/pages/me/index');
  await page.getByTestId('signin-open').click();
  await page.getByTestId('signin-phone').fill(PHONE);
  await page.getByTestId('signin-send-code').click();
  await expect(page.getByTestId('signin-sent')).toBeVisible();
  await page.getByTestId('signin-code').fill(await smsCode(PHONE));
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('me-phone')).toBeVisible();
}

const option = (page: Page, question: string, value: string) => page.locator(`[data-testid="cs-choice-${question}-option"][data-value="${value}"]`);

test('Chengdu citizen answers the open consultation once (errors first), a second visit says already responded, the closed one shows results; axe in normal and elderly mode', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await homeIn(page, 'chengdu');
  await expect(portalTile(page, 'opinion-collection')).toHaveAttribute('data-status', 'available');
  await portalTile(page, 'opinion-collection').click();

  // The list: open, upcoming, closed.
  await expect(page.getByTestId('page-consultations')).toBeVisible();
  const openItem = page.locator(`[data-testid="cs-item"][data-id="${OPEN_ID}"]`);
  await expect(openItem).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('cs-section-upcoming').getByTestId('cs-item')).not.toHaveCount(0);
  const closedItem = page.getByTestId('cs-section-closed').getByTestId('cs-item').first();
  await expect(closedItem).toBeVisible();
  const closedId = await closedItem.getAttribute('data-id');
  await axeClean(page);
  await snap(page, 'consultations-list');

  // The open one: the summary, the dates, the questions.
  await openItem.getByTestId('cs-item-open').click();
  await expect(page.getByTestId('cs-detail')).toHaveAttribute('data-responded', 'false');
  await expect(page.getByTestId('cs-detail-summary')).toContainText('草案');
  await expect(page.getByTestId('cs-detail-dates')).toContainText('至');

  // Nothing answered: the required question is named in the summary and at the field.
  await page.getByTestId('cs-continue').click();
  await expect(page.getByTestId('error-summary')).toContainText('请回答第 1 题');
  await expect(page.getByTestId('cs-choice-q1-error')).toBeVisible();
  await axeClean(page);
  await snap(page, 'consultation-errors');

  // Single choice as a radio group; multiple choice up to its maximum (3); free text with a counter.
  await option(page, 'q1', 'b').click();
  await option(page, 'q1', 'a').click();
  await expect(option(page, 'q1', 'a')).toHaveAttribute('aria-checked', 'true');
  await expect(option(page, 'q1', 'b')).toHaveAttribute('aria-checked', 'false');
  for (const v of ['a', 'c', 'e']) await option(page, 'q2', v).click();
  await option(page, 'q2', 'f').click();
  await expect(page.getByTestId('cs-full-q2')).toContainText('最多只能选 3 项');
  await expect(option(page, 'q2', 'f')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('cs-text-q3').fill('建议绿道驿站提供饮水点。');
  await expect(page.getByTestId('cs-text-q3-counter')).toContainText('12 / 500');
  await page.getByTestId('cs-continue').click();

  // Check your answers, then send.
  await expect(page.getByTestId('cs-check')).toBeVisible();
  await expect(page.getByTestId('cs-check-q2')).toHaveText('口袋公园、儿童游乐场地、公共厕所');
  await axeClean(page);
  await snap(page, 'consultation-check');
  await page.getByTestId('cs-submit').click();
  await expect(page.getByTestId('cs-confirmation')).toBeVisible();
  await expect(page.getByTestId('cs-next')).toContainText('结束');
  await axeClean(page);
  await snap(page, 'consultation-confirmation');

  // A second try: already responded, no form.
  await page.goto(`/#/packages/consultations/pages/detail/index?id=${OPEN_ID}`);
  await expect(page.getByTestId('cs-detail')).toHaveAttribute('data-responded', 'true');
  await expect(page.getByTestId('cs-already')).toContainText('您已经参与过这次征集');
  await expect(page.getByTestId('cs-form')).toHaveCount(0);
  await axeClean(page);

  // The closed one: counts as shares in words beside each bar, and what was adopted.
  await page.goto(`/#/packages/consultations/pages/results/index?id=${closedId}`);
  await expect(page.getByTestId('cs-results')).toBeVisible();
  const firstOption = page.getByTestId('cs-result-option').first();
  await expect(firstOption).toContainText(/人，占 \d+%/);
  await expect(page.getByTestId('cs-adoption')).toBeVisible();
  await axeClean(page);
  await snap(page, 'consultation-results');

  // Elderly mode: the same pages, axe clean.
  await homeIn(page, 'chengdu');
  await setElderly(page, true);
  for (const [route, ready, name] of [
    ['/#/packages/consultations/pages/index/index', 'cs-section-open', 'consultations-list-elderly'],
    [`/#/packages/consultations/pages/detail/index?id=${OPEN_ID}`, 'cs-already', 'consultation-already-elderly'],
    [`/#/packages/consultations/pages/results/index?id=${closedId}`, 'cs-adoption', 'consultation-results-elderly'],
  ] as const) {
    await page.goto(route);
    await expect(page.getByTestId(ready)).toBeVisible();
    await expect(page.locator('[data-testid^="page-"]').first()).toHaveAttribute('data-elderly', 'true');
    await axeClean(page);
    await snap(page, name);
  }
  await homeIn(page, 'chengdu');
  await setElderly(page, false);
});

test('the Transport Bureau, which ran Chengdu’s closed parking-fees consultation, revises what it adopted in the workbench (errors first) and the citizen results page shows it', async ({ page }) => {
  test.setTimeout(180_000);
  const CLOSED_ID = 'chengdu-parking-fees-2026'; // department chengdu-jtj (bff/src/consultations/demo-consultations.ts)
  const text = `共收到有效意见128份。采纳“医院周边短时免费停车”的建议，医院周边路内泊位首60分钟免费（e2e ${Date.now()}）。`;

  // A demo staff account of that department (README 'Demo staff accounts').
  await page.goto('/#/packages/workbench/pages/signin/index');
  await page.getByTestId('wb-username').fill('chengdu-jtj-handler');
  await page.getByTestId('wb-password').fill('demo-staff-2026');
  await page.getByTestId('wb-signin-submit').click();
  await expect(page.getByTestId('page-staff-inbox')).toBeVisible();
  await page.getByTestId('wb-consultations-open').click();
  const shown = page.locator('[data-testid="page-staff-consultations"]:visible');
  const item = shown.locator(`[data-testid="wb-cs-item"][data-id="${CLOSED_ID}"]`);
  await expect(item).toHaveAttribute('data-state', 'closed');
  // Only the department's own consultations: the Urban-Rural Construction Commission's open one is not here.
  await expect(shown.locator('[data-testid="wb-cs-item"][data-id="chengdu-park-city-regulation"]')).toHaveCount(0);
  await axeClean(page);
  await snap(page, 'workbench-consultations');

  // Already published when seeded: revise it, starting from the text citizens see now.
  await item.getByTestId('wb-cs-open').click();
  await expect(shown.getByTestId('wb-cs-form')).toHaveAttribute('data-action', 'revise');
  await expect(shown.getByTestId('wb-adoption-text')).toHaveValue(/共收到有效意见128份/);
  // Too short: the summary at the top and the same words at the field, nothing sent.
  await shown.getByTestId('wb-adoption-text').fill('已采纳');
  await shown.getByTestId('wb-cs-submit').click();
  await expect(shown.getByTestId('error-summary')).toContainText('采纳情况至少写 10 个字');
  await expect(shown.getByTestId('wb-adoption-text-error')).toHaveText('采纳情况至少写 10 个字');
  await expect(shown.getByTestId('error-summary')).toBeFocused();
  await axeClean(page);
  await snap(page, 'workbench-adoption-error');
  await shown.getByTestId('error-summary-wb-adoption-text').click();
  await expect(shown.getByTestId('wb-adoption-text')).toBeFocused();

  await shown.getByTestId('wb-adoption-text').fill(text);
  await shown.getByTestId('wb-cs-submit').click();
  await expect(shown.getByTestId('wb-cs-done')).toBeVisible();
  await expect(shown.getByTestId('wb-cs-done-text')).toHaveText(text);
  await axeClean(page);
  await snap(page, 'workbench-adoption-done');

  // The citizen's results page (public) shows the revised text. Public results are a 30-second public
  // cache (in the BFF and the browser; the first test read this page moments ago): reload until it does.
  await shown.getByTestId('wb-cs-results').click();
  const results = page.locator('[data-testid="page-consultation-results"]:visible');
  await expect(results.getByTestId('cs-adoption')).toHaveAttribute('data-published', 'true');
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator('[data-testid="page-consultation-results"]:visible').getByTestId('cs-adoption-text').textContent({ timeout: 10_000 });
      },
      { timeout: 75_000, intervals: [5_000] },
    )
    .toBe(text);
  await axeClean(page);
});

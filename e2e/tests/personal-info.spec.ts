import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/artifacts';
import { axeClean, signInAndBind } from './personal';
import { homeIn, openHome, portalTile, setElderly } from './portal';

// Issue 3's look-ups: Chengdu provident fund (with its chart and the loan estimate), income tax,
// housing; Shanghai school enrollment (public). 杨静 is used by no other spec (one database per run).

const YUAN = /^¥\d{1,3}(,\d{3})*\.\d{2}$/;

/** The page again in elderly mode (switched on the home page, as a person would): axe, sizes, a screenshot; then back. */
async function checkElderly(page: Page, route: string, rootId: string, ready: string, name: string): Promise<void> {
  await openHome(page);
  await setElderly(page, true);
  await page.goto(route);
  const root = page.getByTestId(rootId);
  await expect(root).toHaveAttribute('data-elderly', 'true');
  await expect(page.getByTestId(ready).first()).toBeVisible();
  // Main text at least 24 CSS px (18 pt) with line height >= 1.3; every button at least 60 x 60.
  const sizes = await root.evaluate((el) => {
    const text = [...el.querySelectorAll<HTMLElement>('.portal-text, .pf-row-value, .tax-row-label, .house-row-value, .school-name')].filter((e) => e.offsetParent);
    const buttons = [...el.querySelectorAll<HTMLElement>('[role="button"]')].filter((e) => e.offsetParent);
    return {
      fonts: text.map((e) => parseFloat(getComputedStyle(e).fontSize)),
      lines: text.map((e) => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize)),
      targets: buttons.map((b) => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height)),
      sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
    };
  });
  expect(sizes.fonts.length).toBeGreaterThan(0);
  expect(Math.min(...sizes.fonts)).toBeGreaterThanOrEqual(24);
  expect(Math.min(...sizes.lines)).toBeGreaterThanOrEqual(1.3);
  expect(sizes.targets.length).toBeGreaterThan(0);
  expect(Math.min(...sizes.targets)).toBeGreaterThanOrEqual(60);
  expect(sizes.sideways).toBe(false);
  await snap(page, `${name}-elderly`);
  await axeClean(page);
  await openHome(page);
  await setElderly(page, false);
}

test('Chengdu employee: provident fund and its chart, a loan estimate (a bad answer first), the income tax reconciliation, a housing certificate', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAndBind(page, '13900028005', '杨静', '510104199507120020');

  // Provident fund: balance, monthly deposit, the deposit chart with each bar in words.
  await homeIn(page, 'chengdu');
  const fundTile = portalTile(page, 'provident-fund');
  await expect(fundTile).toHaveAttribute('data-status', 'available');
  await fundTile.click();
  await expect(page.getByTestId('page-provident-fund')).toBeVisible();
  await expect(page.getByTestId('pf-summary')).toHaveAttribute('data-status', 'active');
  await expect(page.getByTestId('pf-balance')).toHaveText(YUAN);
  await expect(page.getByTestId('pf-balance')).toHaveAttribute('aria-label', /^账户余额 [\d,]+\.\d{2} 元$/);
  await expect(page.getByTestId('pf-monthly')).toContainText(/个人 ¥[\d,]+\.\d{2}，单位 ¥[\d,]+\.\d{2}/);
  await expect(page.getByTestId('pf-status')).toContainText('正常缴存');
  const chart = page.getByTestId('pf-chart');
  await expect(chart).toBeVisible();
  const bars = chart.locator('[data-testid^="pf-bar-"]');
  await expect(bars).toHaveCount(12);
  // The newest bar is the latest month with a deposit, said in words for screen readers.
  await expect(bars.first()).toHaveAttribute('data-deposit', 'true');
  await expect(bars.first().locator('.pf-sr-only')).toHaveText(/^\d{4}年\d{1,2}月 .+：个人 [\d,]+\.\d{2} 元，单位 [\d,]+\.\d{2} 元，合计 [\d,]+\.\d{2} 元$/);
  await expect(page.getByTestId('pf-deposits')).toContainText('整条横线代表 ¥');
  const toggle = page.getByTestId('pf-deposits-toggle');
  if (await toggle.count()) {
    await toggle.click();
    expect(await bars.count()).toBeGreaterThan(12);
    await toggle.click();
    await expect(bars).toHaveCount(12);
  }
  // The balance chart above it: one bar per year, newest first, each year's balance in words; this
  // year so far closes on the balance shown in the summary.
  const balanceChart = page.getByTestId('pf-balance-chart');
  await expect(balanceChart).toBeVisible();
  const years = balanceChart.locator('[data-testid^="pf-balance-bar-"]');
  await expect(years).toHaveCount(10);
  await expect(years.first()).toHaveAttribute('data-testid', 'pf-balance-bar-2026');
  await expect(years.first()).toHaveAttribute('data-partial', 'true');
  await expect(years.last()).toHaveAttribute('data-testid', 'pf-balance-bar-2017');
  const balanceWords = (await page.getByTestId('pf-balance').getAttribute('aria-label'))!.replace('账户余额 ', '');
  const escaped = balanceWords.replace(/[.]/g, '\\.');
  await expect(years.first().locator('.pf-sr-only')).toHaveText(new RegExp(`^2026年（截至3月）余额 ${escaped}：当年缴存 [\\d,]+\\.\\d{2} 元，利息 0\\.00 元，提取 [\\d,]+\\.\\d{2} 元$`));
  await expect(years.nth(1).locator('.pf-sr-only')).toHaveText(/^2025年底余额 [\d,]+\.\d{2} 元：当年缴存 [\d,]+\.\d{2} 元，利息 [\d,]+\.\d{2} 元，提取 [\d,]+\.\d{2} 元$/);
  await expect(page.getByTestId('pf-balances')).toContainText('2026年的余额截至2026年3月。');
  await expect(page.getByTestId('pf-balances')).toContainText('整条横线代表 ¥');
  await balanceChart.scrollIntoViewIfNeeded();
  await snap(page, 'pf-balances');
  await snap(page, 'pf-index');
  await axeClean(page);

  // Loan estimate: nothing chosen and a 40-year term -> the error summary and a message at each field.
  await page.getByTestId('pf-loan-open').click();
  await expect(page.getByTestId('page-provident-fund-loan')).toBeVisible();
  await page.getByTestId('pf-years').fill('40');
  await page.getByTestId('pf-loan-submit').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('请选择谁来申请');
  await expect(summary).toContainText('请选择购买第几套住房');
  await expect(summary).toContainText('贷款年限要填 1 到 30 之间的整数');
  await expect(page.getByTestId('pf-years-error')).toContainText('贷款年限要填 1 到 30 之间的整数');
  await expect(page.getByTestId('pf-earners-error')).toContainText('请选择谁来申请');
  await expect(page.getByTestId('pf-years')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('pf-result')).toHaveCount(0);
  await snap(page, 'pf-loan-errors');
  await axeClean(page);
  // The summary's link takes focus to its field.
  await page.getByTestId('error-summary-pf-years').click();
  await expect(page.getByTestId('pf-years')).toBeFocused();

  await page.getByTestId('pf-earners-1').click();
  await expect(page.getByTestId('pf-earners-1')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('pf-home-first').click();
  await page.getByTestId('pf-years').fill('30');
  await page.getByTestId('pf-loan-submit').click();
  const result = page.getByTestId('pf-result');
  await expect(result).toHaveAttribute('data-eligible', 'true');
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(page.getByTestId('pf-result-monthly')).toHaveText(YUAN);
  await expect(page.getByTestId('pf-result-term')).toContainText('30 年（360 期）');
  await expect(page.getByTestId('pf-result-max')).toContainText(/取较低的一个/);
  await expect(page.getByTestId('pf-result-amount')).toContainText('按最多能贷的金额计算');
  // A smaller amount in 万元: the repayments are for it.
  await page.getByTestId('pf-amount').fill('10');
  await page.getByTestId('pf-loan-submit').click();
  await expect(page.getByTestId('pf-result-amount')).toContainText('¥100,000.00');
  await expect(page.getByTestId('pf-result-amount')).toContainText('您填写的金额');
  await snap(page, 'pf-loan-result');
  await axeClean(page);
  await checkElderly(page, '/#/packages/provident-fund/pages/index/index', 'page-provident-fund', 'pf-chart', 'pf-index');
  await checkElderly(page, '/#/packages/provident-fund/pages/loan/index', 'page-provident-fund-loan', 'pf-loan-form', 'pf-loan');

  // Income tax: the reconciliation of the latest tax year, in plain words.
  await homeIn(page, 'chengdu');
  await portalTile(page, 'personal-tax').click();
  await expect(page.getByTestId('page-personal-tax')).toBeVisible();
  await expect(page.getByTestId('tax-year-2025')).toHaveAttribute('aria-pressed', 'true');
  const outcome = page.getByTestId('tax-result');
  await expect(outcome).toHaveAttribute('data-outcome', /^(refund|due|exempt|none)$/);
  const kind = (await outcome.getAttribute('data-outcome'))!;
  const headline = { refund: /^可以退税 ¥[\d,]+\.\d{2}$/, due: /^需要补税 ¥[\d,]+\.\d{2}$/, exempt: /^不用补税$/, none: /^不用退税，也不用补税$/ }[kind]!;
  await expect(page.getByTestId('tax-result-headline')).toHaveText(headline);
  await expect(page.getByTestId('tax-income-wages')).toContainText('工资薪金');
  await expect(page.getByTestId('tax-withheld-total')).toContainText(/已扣缴税款 ¥[\d,]+\.\d{2}/);
  await expect(page.getByTestId('tax-calc-result')).toBeVisible();
  await snap(page, 'tax-2025');
  await axeClean(page);
  await page.getByTestId('tax-year-2024').click();
  await expect(page.getByTestId('tax-result')).toContainText('2024年度汇算结果');
  await checkElderly(page, '/#/packages/personal-tax/pages/index/index', 'page-personal-tax', 'tax-result', 'tax');

  // Housing: her own certificate (typed with full-width parentheses), a malformed number, then someone else's.
  await homeIn(page, 'chengdu');
  await portalTile(page, 'housing').click();
  await expect(page.getByTestId('page-housing')).toBeVisible();
  await page.getByTestId('house-number').fill('0456789');
  await page.getByTestId('house-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('不动产权证号的格式不对');
  await expect(page.getByTestId('house-number-error')).toContainText('不动产权证号的格式不对');
  await axeClean(page);
  await page.getByTestId('house-number').fill('川（2021）成都市不动产权第0456789号');
  await page.getByTestId('house-submit').click();
  const certificate = page.getByTestId('house-result');
  await expect(certificate).toHaveAttribute('data-status', 'normal');
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(page.getByTestId('house-status')).toContainText('正常');
  await expect(page.getByTestId('house-owners')).toContainText('杨静');
  await expect(page.getByTestId('house-certificate-no')).toContainText('川(2021)成都市不动产权第0456789号');
  await expect(page.getByTestId('house-area')).toContainText('平方米');
  await snap(page, 'house-result');
  await axeClean(page);
  await page.getByTestId('house-number').fill('川(2024)成都市不动产权第0123456号');
  await page.getByTestId('house-submit').click();
  const notFound = page.getByTestId('house-not-found');
  await expect(notFound).toContainText('没有查到您名下证号为“川(2024)成都市不动产权第0123456号”的不动产登记');
  await expect(notFound).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('house-result')).toHaveCount(0);
  await snap(page, 'house-not-found');
  await axeClean(page);
  await page.getByTestId('house-number').fill('川(2021)成都市不动产权第0456789号');
  await page.getByTestId('house-submit').click();
  await expect(page.getByTestId('house-result')).toBeVisible();
  await checkElderly(page, '/#/packages/housing/pages/index/index', 'page-housing', 'house-form', 'house');
});

test('Shanghai school enrollment, without signing in: a district’s policy and key dates, then a school look-up', async ({ page }) => {
  test.setTimeout(90_000);
  await homeIn(page, 'shanghai');
  const tile = portalTile(page, 'school-enrollment');
  await expect(tile).toHaveAttribute('data-status', 'available');
  await tile.click();
  await expect(page.getByTestId('page-school-enrollment')).toBeVisible();
  await expect(page.getByTestId('signin-prompt')).toHaveCount(0);
  await expect(page.getByTestId('school-pick')).toBeVisible();
  const districts = page.getByTestId('school-district-option');
  await expect(districts).toHaveCount(5);
  await page.locator('[data-testid=school-district-option][data-value="徐汇区"]').click();
  const policy = page.getByTestId('school-policy');
  await expect(policy).toHaveAttribute('data-district', '徐汇区');
  await expect(policy).toContainText('徐汇区 2026年义务教育入学');
  await expect(page.getByTestId('school-policy-primary')).toContainText('出生日期：2019年9月1日 至 2020年8月31日');
  const dates = page.getByTestId('school-date');
  await expect(dates).toHaveCount(5);
  await expect(dates.first()).toContainText('入学信息登记');
  await expect(dates.first()).toContainText('2026年4月7日 至 2026年4月20日');
  // Choosing the district lists its schools.
  await expect(page.getByTestId('school-result').first()).toBeVisible();
  await expect(page.getByTestId('school-results')).toContainText('上海市徐汇区向阳小学');
  await snap(page, 'school-policy');
  await axeClean(page);

  // A name with < > is refused before asking.
  await page.getByTestId('school-name').fill('<向阳>');
  await page.getByTestId('school-search-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('学校名称不能包含 < 或 > 这样的符号');
  await expect(page.getByTestId('school-name-error')).toBeVisible();
  await page.getByTestId('school-name').fill('向阳');
  await page.getByTestId('school-stage-primary').click();
  await page.getByTestId('school-search-submit').click();
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(page.getByTestId('school-results-count')).toHaveText('找到 1 所学校');
  await expect(page.getByTestId('school-result')).toHaveCount(1);
  await expect(page.getByTestId('school-result')).toContainText('徐汇区 · 小学 · 公办');
  await page.getByTestId('school-stage-junior').click();
  await page.getByTestId('school-search-submit').click();
  await expect(page.getByTestId('school-results-empty')).toContainText('没有找到符合条件的学校');
  await snap(page, 'school-search');
  await axeClean(page);
  await checkElderly(page, '/#/packages/school-enrollment/pages/index/index', 'page-school-enrollment', 'school-district-option', 'school');
});

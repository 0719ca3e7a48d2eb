import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { axeClean, signInAndBind } from './personal';
import { homeIn, portalTile } from './portal';

// 李秀英 (Shanghai resident insurance) is used by no other spec: the e2e BFF keeps one database for the
// whole run, and services.spec.ts already pays (and so could rate) 赵建国's Chengdu payment.
test('Shanghai resident: pay, rate it 非常不满意 (a reason is required), see the follow-up in 我的评价', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndBind(page, '13700137002', '李秀英', '310101195803200047');
  await homeIn(page, 'shanghai');
  await portalTile(page, 'social-insurance').click();
  await expect(page.getByTestId('rm-summary')).toHaveAttribute('data-status', 'unpaid');
  await expect(page.getByTestId('rm-summary-amount')).toContainText('705.00');
  await page.getByTestId('rm-pay-open').click();
  await page.getByTestId('rm-confirm').click();
  await expect(page.getByTestId('rm-confirmation')).toBeVisible();

  // The rating block, under the receipt: five levels in words.
  const form = page.getByTestId('rating-form');
  await expect(form).toBeVisible();
  for (const [level, words] of [
    [5, '非常满意'],
    [4, '满意'],
    [3, '基本满意'],
    [2, '不满意'],
    [1, '非常不满意'],
  ] as const) {
    await expect(page.getByTestId(`rating-level-${level}`)).toContainText(words);
  }
  await expect(page.getByTestId('rating-reason')).toHaveCount(0);
  await page.getByTestId('rating-level-1').click();
  await expect(page.getByTestId('rating-level-1')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('rating-reason')).toBeVisible();

  // No reason: the error summary and the same message at the field.
  await page.getByTestId('rating-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('请说明哪里不满意');
  await expect(page.getByTestId('rating-reason-error')).toContainText('请说明哪里不满意');
  await expect(page.getByTestId('rating-reason')).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'rating-error');
  await axeClean(page);

  await page.getByTestId('rating-reason').fill('缴费页面没有说明扣款时间，等了很久才看到结果。');
  await page.getByTestId('rating-submit').click();
  await expect(page.getByTestId('rating-done')).toBeVisible();
  const followUp = page.getByTestId('rating-follow-up');
  await expect(followUp).toContainText('上海市医疗保障局');
  await expect(followUp).toContainText('15 个工作日内');
  await expect(followUp).toHaveAttribute('data-due-date', /^\d{4}-\d{2}-\d{2}$/);
  const due = (await followUp.getAttribute('data-due-date'))!;
  await expect(followUp).toContainText(due);
  await snap(page, 'rating-done');

  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-ratings').click();
  await expect(page.getByTestId('my-ratings')).toBeVisible();
  const mine = page.getByTestId('my-rating');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('非常不满意');
  await expect(mine).toContainText('城乡居民医保缴费');
  await expect(mine).toContainText('缴费页面没有说明扣款时间');
  const box = mine.getByTestId('my-rating-follow-up');
  await expect(box).toHaveAttribute('data-status', 'open');
  await expect(box).toContainText('上海市医疗保障局');
  await expect(box).toContainText(due);
  await expect(box).toContainText('处理中');
  await snap(page, 'my-ratings');
  await axeClean(page);
});

// 黄磊 (Chengdu, 高新区) is used by no other spec: he books a flu jab for himself at an adult clinic.
test('Chengdu: book a vaccination, rate it 不满意 (a reason is required), see the follow-up in 我的评价', async ({ page }) => {
  test.setTimeout(90_000);
  // The mock's business day: booking is tomorrow up to 14 days after 2026-03-02.
  await page.clock.setFixedTime(new Date('2026-03-02T08:15:00+08:00'));
  await signInAndBind(page, '15100028007', '黄磊', '51010919791224007X');
  await homeIn(page, 'chengdu');
  await portalTile(page, 'vaccination').click();
  await page.getByTestId('vx-book-open').click();
  await page.locator('[data-testid=vx-district-option][data-value="高新区"]').click();
  await page.getByTestId('vx-clinic-option').filter({ hasText: '成人' }).first().click();
  await page.locator('[data-testid=vx-date-option][data-disabled=false]').first().click();
  await page.locator('[data-testid=vx-period-option][data-disabled=false]').first().click();
  await page.locator('[data-testid=vx-vaccine-option][data-value="Flu"]').click();
  await page.locator('[data-testid=vx-person-option][data-value="self"]').click();
  await page.getByTestId('vx-continue').click();
  await expect(page.getByTestId('vx-check')).toBeVisible();
  await page.getByTestId('vx-confirm').click();
  await expect(page.getByTestId('vx-confirmation')).toBeVisible();
  const reference = (await page.getByTestId('vx-reference').textContent())!.trim();

  // The rating under the booking's confirmation: 不满意 without a reason first.
  const form = page.getByTestId('rating-form');
  await expect(form).toHaveAttribute('data-service', 'vaccination-appointment');
  await page.getByTestId('rating-level-2').click();
  await expect(page.getByTestId('rating-level-2')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('rating-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('请说明哪里不满意');
  await expect(page.getByTestId('rating-reason-error')).toContainText('请说明哪里不满意');
  await axeClean(page);
  await page.getByTestId('rating-reason').fill('门诊预约时段和现场排队时间对不上，等了一个多小时。');
  await page.getByTestId('rating-submit').click();
  await expect(page.getByTestId('rating-done')).toHaveAttribute('data-level', '2');
  const followUp = page.getByTestId('rating-follow-up');
  await expect(followUp).toContainText('成都市卫生健康委员会');
  await expect(followUp).toContainText('15 个工作日内');
  const due = (await followUp.getAttribute('data-due-date'))!;
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await snap(page, 'vx-rating-done');

  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-ratings').click();
  const mine = page.getByTestId('my-rating');
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('data-service', 'vaccination-appointment');
  await expect(mine).toHaveAttribute('data-level', '2');
  await expect(mine).toContainText('不满意');
  await expect(mine).toContainText('疫苗接种预约');
  await expect(mine).toContainText('门诊预约时段和现场排队时间对不上');
  const box = mine.getByTestId('my-rating-follow-up');
  await expect(box).toHaveAttribute('data-status', 'open');
  await expect(box).toContainText('成都市卫生健康委员会');
  await expect(box).toContainText(due);
  await expect(box).toContainText('处理中');
  await snap(page, 'my-ratings-vaccination');
  await axeClean(page);

  // The appointment itself is still there, marked as rated in 我的预约.
  await page.goto('/#/packages/vaccination/pages/appointments/index');
  const row = page.locator(`[data-testid=vx-appointment][data-reference="${reference}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('vx-rated')).toContainText('不满意');
});

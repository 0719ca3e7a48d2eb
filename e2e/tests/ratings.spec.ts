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

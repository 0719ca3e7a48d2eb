import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { axeClean, signInAndBind } from './personal';

/** 陈浩, a Shanghai persona no other spec binds (an identity can belong to one account only). */
const CHEN_HAO = { phone: '18600186003', name: '陈浩', idNumber: '31010620010809003X' };

test('the privacy page shows what is held, masked, and "delete my data" really deletes it', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndBind(page, CHEN_HAO.phone, CHEN_HAO.name, CHEN_HAO.idNumber);

  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-privacy').click();
  await expect(page.getByTestId('page-my-data')).toBeVisible();
  await expect(page.getByTestId('my-data-phone')).toHaveText('186****6003');
  await expect(page.getByTestId('my-data-identity')).toContainText('陈* 310106********003X');
  await expect(page.getByTestId('my-data-identity')).not.toContainText(CHEN_HAO.idNumber);
  await expect(page.getByTestId('my-data-records')).toHaveText('信件 0 封，消息 0 条，征集意见 0 份，预约 0 个，缴费 0 笔，评价 0 条');
  await axeClean(page);
  await snap(page, 'my-data');

  // Deleting asks once, in the page (no pop-up), and says what goes.
  await page.getByTestId('delete-my-data').click();
  await expect(page.getByTestId('delete-section')).toContainText('信件');
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('me-notice')).toBeVisible();
  await expect(page.getByTestId('page-me').getByTestId('me-identity-status')).toHaveCount(0);

  // Signed out, and the identity number is free again: a new account can bind it (it could not while
  // the deleted account held it).
  await expect(page.getByTestId('page-me').getByTestId('signin-open')).toBeVisible();
  await signInAndBind(page, '18600186099', CHEN_HAO.name, CHEN_HAO.idNumber);
  await page.goto('/#/pages/me/index');
  await expect(page.getByTestId('me-identity-status')).toHaveAttribute('data-verified', 'true');
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { snap } from '../support/artifacts';
import { harness } from '../support/harness';

/** The code the mock SMS gateway "sent" (its outbox stands in for the citizen's phone). */
async function smsCode(phone: string): Promise<string> {
  const res = await fetch(`${harness.mockURL}/sms/outbox?phone=${phone}`);
  const body = (await res.json()) as { messages: { code: string | null }[] };
  const code = body.messages[0]?.code;
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

test('sign in by SMS, accept the privacy notice, bind a real name and see it only masked', async ({ page }) => {
  test.setTimeout(60_000);
  const phone = '13800138000';
  await page.goto('/#/pages/me/index');
  await page.getByTestId('signin-open').click();
  await expect(page.getByTestId('page-signin')).toBeVisible();

  await page.getByTestId('signin-phone').fill(phone);
  await page.getByTestId('signin-send-code').click();
  await expect(page.getByTestId('signin-sent')).toBeVisible();
  const code = await smsCode(phone);

  // A wrong code first: the error summary says so, with the tries left.
  await page.getByTestId('signin-code').fill(code === '000000' ? '111111' : '000000');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('4');
  await snap(page, 'signin-wrong-code');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('me-phone')).toContainText('138****8000');
  await expect(page.getByTestId('me-identity-status')).toHaveAttribute('data-verified', 'false');

  await page.getByTestId('me-link-identity').click();
  await expect(page.getByTestId('page-identity')).toBeVisible();
  await page.getByTestId('privacy-accept').click();
  await page.getByTestId('identity-name').fill('张伟');
  await page.getByTestId('identity-number').fill('310104198506150016');
  await page.getByTestId('identity-continue').click();
  // The check character is wrong: caught before anything is sent, in plain words.
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await page.getByTestId('identity-number').fill('310104198506150015');
  await page.getByTestId('identity-continue').click();
  await expect(page.getByTestId('identity-check-number')).toHaveText('310104********0015');
  await snap(page, 'identity-check-your-answers');
  await page.getByTestId('identity-confirm').click();
  await expect(page.getByTestId('identity-success')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('310104198506150015');
  await snap(page, 'identity-bound');

  await page.goto('/#/pages/me/index');
  await expect(page.getByTestId('me-identity-status')).toHaveAttribute('data-verified', 'true');
  await expect(page.locator('body')).not.toContainText('310104198506150015');
});

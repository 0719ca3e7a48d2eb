import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { harness } from '../support/harness';

// Steps shared by the personal-service specs (services, ratings).

export async function smsCode(phone: string): Promise<string> {
  const res = await fetch(`${harness.mockURL}/sms/outbox?phone=${phone}`);
  const body = (await res.json()) as { messages: { code: string | null }[] };
  const code = body.messages[0]?.code;
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

export async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

/** Sign in by SMS, accept the privacy notice and bind the real name. */
export async function signInAndBind(page: Page, phone: string, name: string, idNumber: string): Promise<void> {
  await page.goto('/#/pages/me/index');
  await page.getByTestId('signin-open').click();
  await page.getByTestId('signin-phone').fill(phone);
  await page.getByTestId('signin-send-code').click();
  await expect(page.getByTestId('signin-sent')).toBeVisible();
  await page.getByTestId('signin-code').fill(await smsCode(phone));
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('me-identity-status')).toHaveAttribute('data-verified', 'false');
  await page.getByTestId('me-link-identity').click();
  await page.getByTestId('privacy-accept').click();
  await page.getByTestId('identity-name').fill(name);
  await page.getByTestId('identity-number').fill(idNumber);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('identity-confirm').click();
  await expect(page.getByTestId('identity-success')).toBeVisible();
}

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

/**
 * Sign in by SMS, accept the privacy notice and bind the real name. Specs share one database per run, so
 * a persona another spec already bound with the same phone is simply signed in again (nothing to bind);
 * a code asked for that phone less than a minute before is waited for, as a citizen would.
 */
export async function signInAndBind(page: Page, phone: string, name: string, idNumber: string): Promise<void> {
  await page.goto('/#/pages/me/index');
  await page.reload(); // only 我的 in the page: H5 keeps earlier pages (with their own sign-in prompts) in the DOM
  await page.getByTestId('page-me').getByTestId('signin-open').click();
  await page.getByTestId('signin-phone').fill(phone);
  for (let attempt = 1; ; attempt++) {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/sms/send'));
    await page.getByTestId('signin-send-code').click();
    const sent = await answer;
    if (sent.status() !== 429 || attempt >= 3) break;
    // The one-a-minute limit per phone is waited out; anything longer is a real problem, said at once.
    const wait = Number(sent.headers()['retry-after'] ?? '60');
    expect(wait, `SMS sends for ${phone} are limited for ${wait} s`).toBeLessThanOrEqual(61);
    await page.waitForTimeout((wait + 1) * 1000);
  }
  await expect(page.getByTestId('signin-sent')).toBeVisible();
  await page.getByTestId('signin-code').fill(await smsCode(phone));
  await page.getByTestId('signin-submit').click();
  const status = page.getByTestId('me-identity-status');
  await expect(status).toBeVisible();
  if ((await status.getAttribute('data-verified')) === 'true') return;
  await page.getByTestId('me-link-identity').click();
  await page.getByTestId('privacy-accept').click();
  await page.getByTestId('identity-name').fill(name);
  await page.getByTestId('identity-number').fill(idNumber);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('identity-confirm').click();
  await expect(page.getByTestId('identity-success')).toBeVisible();
}

import { expect, test, type Page } from '@playwright/test';
import { PRIVACY_NOTICE_VERSION, TRACKING_NO_PATTERN, type LoginResponse, type SubmitLetterResponse } from '@portal/shared';
import { harness } from '../support/harness';
import { snap } from '../support/artifacts';
import { axeClean, smsCode } from './personal';

// 王芳 is used by no other spec (the e2e BFF keeps one database for the whole run). The staff are
// the demo accounts (README): <department id>-<role>, password demo-staff-2026 outside production.
const PHONE = '13600028010';
const WRITER = '王芳';
const DEMO_PASSWORD = 'demo-staff-2026';
const api = (path: string) => `${harness.baseURL}/api/v1${path}`;

async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(api(path), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as T };
}

/** A citizen through the API, once per run of this file: SMS sign-in (code from the mock's outbox), privacy notice, real name. */
interface Writer {
  phone: string;
  name: string;
  idNumber: string;
}
const WANG_FANG: Writer = { phone: PHONE, name: WRITER, idNumber: '310115199211030028' };

const citizenAuth = new Map<string, Record<string, string>>();
async function citizen(writer: Writer): Promise<Record<string, string>> {
  const known = citizenAuth.get(writer.phone);
  if (known) return known;
  // One code a minute per number: a retried worker (after a failure) waits for the next one.
  let sent = await fetch(api('/auth/sms/send'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: writer.phone }) });
  if (sent.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, (Number(sent.headers.get('retry-after')) || 60) * 1000 + 500));
    sent = await fetch(api('/auth/sms/send'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: writer.phone }) });
  }
  expect(sent.status).toBe(200);
  const login = await post<LoginResponse>('/auth/sms/verify', { phone: writer.phone, code: await smsCode(writer.phone) });
  expect(login.status).toBe(200);
  const auth = { Authorization: `Bearer ${login.body.accessToken}` };
  expect((await post('/me/privacy', { version: PRIVACY_NOTICE_VERSION }, auth)).status).toBeLessThan(300);
  // 409 IDENTITY_ALREADY_BOUND when a retried worker binds again: the name is bound either way.
  expect([200, 201, 204, 409]).toContain((await post('/me/identity', { name: writer.name, idNumber: writer.idNumber }, auth)).status);
  citizenAuth.set(writer.phone, auth);
  return auth;
}

let letters = 0;
/** A letter from that citizen to 武侯区; answers its tracking number. */
async function letterFromCitizen(title = '小区门口占道经营', writer: Writer = WANG_FANG, photoIds: string[] = []): Promise<string> {
  const auth = await citizen(writer);
  const letter = await post<SubmitLetterResponse>(
    '/cities/chengdu/letters',
    {
      type: 'complaint',
      topic: 'city-management',
      departmentId: 'chengdu-wuhou',
      title,
      content: '武侯区某小区门口每天晚上有摊贩占道经营，油烟和噪音很大，行人只能走机动车道，很危险。',
      contactPhone: writer.phone,
      publishable: true,
      anonymousInPublic: true,
      ...(photoIds.length ? { photoIds } : {}),
    },
    { ...auth, 'Idempotency-Key': `e2e-workbench-${Date.now()}-${(letters += 1)}` },
  );
  expect([200, 201]).toContain(letter.status);
  expect(letter.body.trackingNo).toMatch(TRACKING_NO_PATTERN);
  return letter.body.trackingNo;
}

/** A 2×1 PNG (red, blue): the BFF re-encodes it, so any real image will do. */
const PNG_2X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==';

/** Uploads a photo as the citizen (multipart field `photo`) and answers its id. */
async function uploadPhoto(auth: Record<string, string>): Promise<string> {
  const form = new FormData();
  form.append('photo', new Blob([Buffer.from(PNG_2X1, 'base64')], { type: 'image/png' }), 'street.png');
  const res = await fetch(api('/letters/photos'), { method: 'POST', headers: auth, body: form });
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { photoId: string }).photoId;
}

async function staffSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByTestId('wb-username').fill(username);
  await page.getByTestId('wb-password').fill(password);
  await page.getByTestId('wb-signin-submit').click();
}

async function setElderlyOnMe(page: Page, on: boolean): Promise<void> {
  await page.goto('/#/pages/me/index');
  if ((await page.getByTestId('page-me').getAttribute('data-elderly')) !== String(on)) await page.getByTestId('settings-elderly-switch').click();
  await expect(page.getByTestId('page-me')).toHaveAttribute('data-elderly', String(on));
}

async function signOut(page: Page): Promise<void> {
  // The H5 router may keep earlier pages in its stack; the page on top is the last one.
  await page.locator('[data-testid="wb-signout"]:visible').last().click();
  await expect(page.getByTestId('page-staff-signin')).toBeVisible();
  await expect(page.getByTestId('wb-signed-out')).toBeVisible();
}

test('Wuhou staff sign in (a wrong password first), find a citizen’s letter overdue-first in the inbox, accept it and answer it; another department gets a plain not-found', async ({ page }) => {
  test.setTimeout(180_000);
  const trackingNo = await letterFromCitizen();

  // The discreet entrance on 我的, then the staff sign-in with a wrong password.
  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-staff').click();
  await expect(page.getByTestId('page-staff-signin')).toBeVisible();
  await page.getByTestId('wb-signin-submit').click();
  await expect(page.getByTestId('wb-username-error')).toHaveText('请填写用户名');
  await expect(page.getByTestId('wb-password-error')).toHaveText('请填写密码');
  await staffSignIn(page, 'chengdu-wuhou-handler', 'not-the-password');
  await expect(page.getByTestId('error-summary')).toContainText('用户名或密码不对');
  await axeClean(page);
  await snap(page, 'workbench-signin-error');

  await staffSignIn(page, 'chengdu-wuhou-handler');
  await expect(page.getByTestId('page-staff-inbox')).toBeVisible();
  await expect(page.getByTestId('wb-staff-name')).toContainText('武侯区');
  // The staff session has its own key; no citizen session was created by it.
  const keys = await page.evaluate(() => Object.keys(window.localStorage));
  expect(keys).toContain('portal.staff-session');
  expect(keys).not.toContain('portal.session');

  const item = page.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('data-status', 'received');
  // Overdue cases come first: no item that is not overdue stands before an overdue one.
  const flags = await page.getByTestId('wb-inbox-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-overdue')));
  expect(flags.join(',')).toMatch(/^(true,)*(false,?)*$/);
  await expect(page.getByTestId('wb-tab-received')).toContainText(/已收到，待受理（\d+）/);
  await axeClean(page);
  await snap(page, 'workbench-inbox');

  // The case: the writer's name and full phone for the call-back, the letter, the deadlines.
  await item.getByTestId('wb-inbox-open').click();
  await expect(page.getByTestId('page-staff-case')).toBeVisible();
  await expect(page.getByTestId('wb-case-tracking-no')).toHaveText(trackingNo);
  await expect(page.getByTestId('wb-case-writer-name')).toHaveText(WRITER);
  await expect(page.getByTestId('wb-case-writer-phone')).toHaveText(PHONE);
  await expect(page.getByTestId('wb-case-content')).toContainText('占道经营');
  await expect(page.getByTestId('wb-case-accept-by')).toContainText('年');
  await expect(page.getByTestId('wb-actions')).toHaveAttribute('data-actions', 'accept decline transfer merge');
  const caseUrl = page.url();
  await axeClean(page);
  await snap(page, 'workbench-case');

  // Accept: a confirm step in the page, then the refreshed case.
  await page.getByTestId('wb-action-accept').click();
  await expect(page.getByTestId('wb-action-form')).toHaveAttribute('data-step', 'confirm');
  await page.getByTestId('wb-confirm').click();
  await expect(page.getByTestId('wb-done')).toHaveAttribute('data-action', 'accept');
  await expect(page.getByTestId('wb-case-status')).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('wb-actions')).toHaveAttribute('data-actions', 'answer extend merge');

  // Answer: nothing chosen is named at each field, then one of the three outcomes and the text.
  await page.getByTestId('wb-action-answer').click();
  await page.getByTestId('wb-continue').click();
  await expect(page.getByTestId('wb-outcome-error')).toHaveText('请选择答复结果');
  await expect(page.getByTestId('wb-answer-text-error')).toHaveText('请填写答复内容');
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await axeClean(page);
  await snap(page, 'workbench-answer-errors');
  await page.locator('[data-testid="wb-outcome-option"][data-value="supported"]').click();
  await expect(page.locator('[data-testid="wb-outcome-option"][data-value="supported"]')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('wb-answer-text').fill('经核实，已联合街道城管中队对该路段占道经营进行整治，并设置夜间巡查点。');
  await expect(page.getByTestId('wb-answer-text-counter')).toContainText('/ 2000');
  await page.getByTestId('wb-continue').click();
  await expect(page.getByTestId('wb-action-form')).toHaveAttribute('data-step', 'confirm');
  await expect(page.getByTestId('wb-action-form')).toContainText('支持');
  await page.getByTestId('wb-confirm').click();
  await expect(page.getByTestId('wb-done')).toHaveAttribute('data-action', 'answer');
  await expect(page.getByTestId('wb-case-status')).toHaveAttribute('data-status', 'answered');
  await expect(page.getByTestId('wb-case-answer-outcome')).toHaveText('支持');
  await expect(page.getByTestId('wb-case-answer-text')).toContainText('夜间巡查点');
  await expect(page.getByTestId('wb-actions')).toHaveAttribute('data-actions', 'publish');
  await expect(page.locator('[data-testid="wb-case-event"][data-kind="answered"]')).toHaveCount(1);
  await axeClean(page);
  await snap(page, 'workbench-case-answered');

  // Elderly mode: the inbox and the case with its publish form, axe clean; the confirm step stays in the page.
  await setElderlyOnMe(page, true);
  await page.goto('/#/packages/workbench/pages/inbox/index');
  const inbox = page.locator('[data-testid="page-staff-inbox"]:visible');
  await expect(inbox).toHaveAttribute('data-elderly', 'true');
  // Answered, it has left the open cases; the 已答复 tab lists it.
  await expect(inbox.getByTestId('wb-tab-open')).toHaveAttribute('aria-pressed', 'true');
  await inbox.getByTestId('wb-tab-answered').click();
  await expect(inbox.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`)).toHaveAttribute('data-status', 'answered');
  await axeClean(page);
  await snap(page, 'workbench-inbox-elderly');
  await page.goto(caseUrl);
  // The H5 router may keep an earlier copy of the page hidden in its stack: act on the one on screen.
  const shown = page.locator('[data-testid="page-staff-case"]:visible');
  await shown.getByTestId('wb-action-publish').click();
  await expect(shown.getByTestId('wb-publish-title')).toHaveValue('小区门口占道经营');
  await shown.getByTestId('wb-publish-content').fill('某小区门口每天晚上有摊贩占道经营，联系电话 13600028010。');
  await shown.getByTestId('wb-continue').click();
  await expect(shown.getByTestId('wb-publish-content-error')).toContainText('电话号码');
  await axeClean(page);
  await snap(page, 'workbench-publish-elderly');
  await shown.getByTestId('wb-publish-content').fill('某小区门口每天晚上有摊贩占道经营，油烟和噪音很大。');
  await shown.getByTestId('wb-continue').click();
  await expect(shown.getByTestId('wb-action-form')).toHaveAttribute('data-step', 'confirm');
  await shown.getByTestId('wb-confirm').click();
  await expect(shown.getByTestId('wb-done')).toHaveAttribute('data-action', 'publish');
  await expect(shown.getByTestId('wb-case-public')).toContainText('油烟和噪音很大');
  await axeClean(page);
  await snap(page, 'workbench-case-published-elderly');
  await setElderlyOnMe(page, false);
  await page.goto(caseUrl);

  // Staff of another department cannot open it: the same plain not-found as an unknown case.
  await signOut(page);
  await staffSignIn(page, 'chengdu-jtj-handler');
  await expect(page.getByTestId('page-staff-inbox')).toBeVisible();
  await expect(page.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`)).toHaveCount(0);
  await page.goto(caseUrl);
  await expect(page.getByTestId('wb-case-not-found')).toBeVisible();
  await expect(page.getByTestId('wb-case-not-found')).toContainText('没有找到这封来信');
  await expect(page.locator('body')).not.toContainText(WRITER);
  await expect(page.locator('body')).not.toContainText(PHONE);
  await axeClean(page);
  await snap(page, 'workbench-not-found');
});

test('a supervisor sees the audit log; a locked account is told when to try again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#/packages/workbench/pages/signin/index');
  await staffSignIn(page, 'chengdu-wuhou-supervisor');
  await expect(page.getByTestId('page-staff-inbox')).toBeVisible();
  await expect(page.getByTestId('wb-staff-name')).toHaveAttribute('data-role', 'supervisor');
  await page.getByTestId('wb-audit-open').click();
  await expect(page.getByTestId('page-staff-audit')).toBeVisible();
  await expect(page.getByTestId('wb-audit-entry').first()).toBeVisible();
  await axeClean(page);
  await snap(page, 'workbench-audit');
  await signOut(page);

  // Four wrong passwords through the API, the fifth in the page: the account locks for 15 minutes.
  for (let i = 0; i < 4; i += 1) expect((await post('/staff/auth/login', { username: 'yinchuan-mayor-handler', password: `wrong-${i}` })).status).toBe(401);
  await staffSignIn(page, 'yinchuan-mayor-handler', 'wrong-again');
  await expect(page.getByTestId('error-summary')).toContainText('已被暂时锁定');
  await expect(page.getByTestId('error-summary')).toContainText('15 分钟后再试');
  await axeClean(page);
  await snap(page, 'workbench-locked');
});

test('transfer to another department of the city with a reason: the letter leaves Wuhou and reaches the Transport Bureau', async ({ page }) => {
  test.setTimeout(90_000);
  const trackingNo = await letterFromCitizen('公交站台没有遮阳棚');
  await page.goto('/#/packages/workbench/pages/signin/index');
  await staffSignIn(page, 'chengdu-wuhou-handler');
  await page.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`).getByTestId('wb-inbox-open').click();
  const shown = page.locator('[data-testid="page-staff-case"]:visible');
  await shown.getByTestId('wb-action-transfer').click();
  await shown.getByTestId('wb-continue').click();
  await expect(shown.getByTestId('wb-department-error')).toHaveText('请选择转办到哪个部门');
  await expect(shown.getByTestId('wb-reason-error')).toHaveText('请填写理由');
  // The picker lists the city's other departments, never the own one.
  await expect(shown.locator('[data-testid="wb-department-option"][data-value="chengdu-wuhou"]')).toHaveCount(0);
  await axeClean(page);
  await snap(page, 'workbench-transfer-errors');
  await shown.locator('[data-testid="wb-department-option"][data-value="chengdu-jtj"]').click();
  await shown.getByTestId('wb-reason').fill('公交站台设施属于市交通运输局职责');
  await shown.getByTestId('wb-continue').click();
  await expect(shown.getByTestId('wb-action-form')).toContainText('市交通运输局');
  await shown.getByTestId('wb-confirm').click();
  await expect(shown.getByTestId('wb-done')).toHaveAttribute('data-action', 'transfer');
  await expect(shown.getByTestId('wb-transferred')).toContainText('已转办到“市交通运输局”');
  await axeClean(page);

  await signOut(page);
  await staffSignIn(page, 'chengdu-jtj-handler');
  const item = page.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`);
  await expect(item).toHaveAttribute('data-status', 'received');
  await item.getByTestId('wb-inbox-open').click();
  await expect(page.locator('[data-testid="wb-case-event"][data-kind="transferred"]')).toContainText('公交站台设施属于市交通运输局职责');
});

test('the photos sent with a letter: the department sees them on the case page (downloaded with the staff token), the writer on their own letter', async ({ page }) => {
  test.setTimeout(90_000);
  const auth = await citizen(WANG_FANG);
  const photoIds = [await uploadPhoto(auth), await uploadPhoto(auth)];
  const trackingNo = await letterFromCitizen('路灯坏了一个多月', WANG_FANG, photoIds);

  await page.goto('/#/packages/workbench/pages/signin/index');
  await staffSignIn(page, 'chengdu-wuhou-handler');
  await page.locator(`[data-testid="wb-inbox-item"][data-tracking-no="${trackingNo}"]`).getByTestId('wb-inbox-open').click();
  const shown = page.locator('[data-testid="page-staff-case"]:visible');
  await expect(shown.getByTestId('wb-case-photos')).toHaveAttribute('data-count', '2');
  const images = shown.getByTestId('wb-case-photo-image');
  await expect(images).toHaveCount(2);
  // Really drawn: the <img> inside Taro's image element decoded the downloaded file.
  for (const n of [0, 1]) {
    const img = images.nth(n).locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(images.first()).toHaveAttribute('aria-label', '来信照片 1/2');
  await expect(shown.getByTestId('wb-case-photo-error')).toHaveCount(0);
  // A tap shows it larger, in place (no pop-up).
  await shown.getByTestId('wb-case-photo-size').first().click();
  await expect(shown.getByTestId('wb-case-photo').first()).toHaveClass(/letter-photo-wide/);
  await expect(shown.getByTestId('wb-case-photo-size').first()).toHaveAttribute('aria-expanded', 'true');
  await axeClean(page);
  await snap(page, 'workbench-case-photos');
  await signOut(page);

  // The writer, signed in, sees the same photos on their own letter.
  const login = auth.Authorization.replace('Bearer ', '');
  await page.evaluate((accessToken) => {
    const now = Date.now();
    window.localStorage.setItem('portal.session', JSON.stringify({ data: { accessToken, refreshToken: 'unused', accessExpiresAt: now + 600_000, refreshExpiresAt: now + 600_000 } }));
  }, login);
  await page.goto(`/#/packages/letters/pages/letter/index?no=${trackingNo}`);
  const mine = page.locator('[data-testid="page-my-letter"]:visible');
  await expect(mine.getByTestId('letter-photos')).toHaveAttribute('data-count', '2');
  const own = mine.getByTestId('letter-photo-image').first().locator('img');
  await expect.poll(() => own.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await axeClean(page);
  await snap(page, 'my-letter-photos');
});

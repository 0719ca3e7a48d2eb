import { expect, test, type Page } from '@playwright/test';
import { QUERY_CODE_PATTERN, TRACKING_NO_PATTERN, type DepartmentsResponse, type StaffInboxResponse, type StaffLoginResponse } from '@portal/shared';
import { harness } from '../support/harness';
import { snap } from '../support/artifacts';
import AxeBuilder from '@axe-core/playwright';
import { axeClean as sharedAxeClean, signInAndBind } from './personal';
import { homeIn, portalTile } from './portal';

// 杨静 (Chengdu, 锦江区) is used by no other spec: the e2e BFF keeps one database for the whole run.
const PHONE = '13900028005';
const SCRIPT = '<script>alert(1)</script>';
const CONTENT = `我家附近天府大道北段的路灯已经坏了两个星期，晚上很黑，老人出门不方便。${SCRIPT}请尽快修理。`;
const TITLE = '天府大道北段路灯不亮';
const DEPARTMENT = 'chengdu-wuhou';
/** A 1×1 PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const api = (path: string) => `${harness.baseURL}/api/v1${path}`;

async function figuresOf(departmentId: string) {
  const res = await fetch(api('/cities/chengdu/departments'));
  expect(res.status).toBe(200);
  const body = (await res.json()) as DepartmentsResponse;
  return body.departments.find((d) => d.id === departmentId)!.figures;
}

/** The shared axe check, naming the elements of any serious violation first (so a failure says where). */
async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  for (const v of axe.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    console.log(`[axe] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }
  await sharedAxeClean(page);
}

async function setElderlyOnMe(page: Page, on: boolean): Promise<void> {
  await page.goto('/#/pages/me/index');
  const sw = page.getByTestId('settings-elderly-switch');
  if ((await page.getByTestId('page-me').getAttribute('data-elderly')) !== String(on)) await sw.click();
  await expect(page.getByTestId('page-me')).toHaveAttribute('data-elderly', String(on));
}

/**
 * axe in normal mode, then the same page in elderly mode (switched on 我的, which every page reads),
 * then back to normal. `resume` brings the page back to the same state after each visit to 我的.
 */
async function axeBothModes(page: Page, name: string, resume?: () => Promise<void>): Promise<void> {
  await axeClean(page);
  await snap(page, name);
  const url = page.url();
  await setElderlyOnMe(page, true);
  await page.goto(url);
  await page.reload();
  await expect(page.locator('[data-testid^="page-"]').first()).toHaveAttribute('data-elderly', 'true');
  if (resume) await resume();
  await page.waitForTimeout(300);
  await axeClean(page);
  await snap(page, `${name}-elderly`);
  await setElderlyOnMe(page, false);
  await page.goto(url);
  // A fresh app on that page: the H5 router can otherwise keep a hidden copy of it in its stack.
  await page.reload();
  if (resume) await resume();
}

test('Chengdu citizen: write a letter with a script tag in it, a lost answer retried makes one letter, inquiry shows it as text, my letters, the board and the figures', async ({ page }) => {
  test.setTimeout(240_000);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const before = await figuresOf(DEPARTMENT);

  await signInAndBind(page, PHONE, '杨静', '510104199507120020');
  await page.goto('/#/pages/me/index');
  await expect(page.getByTestId('me-link-letters')).toBeVisible();
  await expect(page.getByTestId('me-link-messages')).toBeVisible();

  await homeIn(page, 'chengdu');
  await expect(portalTile(page, 'write-letter')).toHaveAttribute('data-status', 'available');
  await portalTile(page, 'write-letter').click();
  await expect(page.getByTestId('page-letter-write')).toBeVisible();
  await expect(page.getByTestId('page-letter-write').getByRole('heading', { level: 1 })).toHaveText('我要写信');

  // Step 1 with nothing chosen: the error summary and a message at each question.
  await page.getByTestId('lt-continue').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('请选择来信类型');
  await expect(summary).toContainText('请选择事项类别');
  await expect(summary).toContainText('请选择写给哪个部门');
  await expect(page.getByTestId('lt-type-error')).toHaveText('请选择来信类型');
  await expect(page.getByTestId('lt-departmentId-error')).toHaveText('请选择写给哪个部门');
  await axeBothModes(page, 'letter-write-errors', async () => {
    await page.getByTestId('lt-continue').click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
  });

  await page.locator('[data-testid=lt-type-option][data-value=complaint]').click();
  await page.locator('[data-testid=lt-topic-option][data-value=city-management]').click();
  await expect(page.getByTestId('lt-addressee')).toContainText('市长信箱');
  await page.locator(`[data-testid=lt-department-option][data-value=${DEPARTMENT}]`).click();
  await expect(page.locator(`[data-testid=lt-department-option][data-value=${DEPARTMENT}]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await page.getByTestId('lt-continue').click();

  // Step 2: title too short first (checked locally), then the letter with its live counter.
  await expect(page.getByTestId('lt-form')).toHaveAttribute('data-step', 'letter');
  await page.getByTestId('lt-title').fill('路灯');
  await page.getByTestId('lt-content').fill(CONTENT);
  await expect(page.getByTestId('lt-content-counter')).toHaveText(`已写 ${[...CONTENT].length} 字，还可以写 ${2000 - [...CONTENT].length} 字`);
  await expect(page.getByTestId('lt-markup-note')).toBeVisible();
  await page.getByTestId('lt-continue').click();
  await expect(page.getByTestId('lt-title-error')).toHaveText('标题至少 4 个字');
  await page.getByTestId('lt-title').fill(TITLE);
  // A typed place (H5 has no map pick): sent as the location's address alone, not added to the letter.
  await page.getByTestId('lt-address').fill('武侯区天府大道北段 1 号附近');
  await expect(page.getByTestId('lt-photo-add')).toBeVisible();
  await snap(page, 'letter-write-letter');
  await page.getByTestId('lt-continue').click();

  // Leaving the page keeps the draft: open it again and carry on at the first unanswered step.
  await page.goto('/#/pages/home/index');
  await page.reload(); // a fresh app: the draft can only come from storage
  await portalTile(page, 'write-letter').click();
  await expect(page.getByTestId('lt-draft-restored')).toBeVisible();

  // Step 3: contact and publication, with the plain sentence that the department still sees the name.
  await expect(page.getByTestId('lt-form')).toHaveAttribute('data-step', 'contact');
  await page.getByTestId('lt-contactPhone').fill('1390002800');
  await page.locator('[data-testid=lt-publishable-option][data-value=yes]').click();
  await page.locator('[data-testid=lt-anonymous-option][data-value=no]').click();
  await expect(page.getByTestId('lt-anonymous-note')).toContainText('处理您来信的部门仍然能看到您的姓名和电话');
  await page.getByTestId('lt-continue').click();
  await expect(page.getByTestId('lt-contactPhone-error')).toHaveText('请填写 11 位手机号，如 13800138000');
  await page.getByTestId('lt-contactPhone').fill(PHONE);
  await page.getByTestId('lt-continue').click();

  // Similar published letters are offered before the check page (none yet on a fresh database, said in words).
  await expect(page.getByTestId('lt-form')).toHaveAttribute('data-step', 'similar');
  await expect(page.getByTestId('lt-similar-empty').or(page.getByTestId('lt-similar-item').first())).toBeVisible();
  await page.getByTestId('lt-continue').click();

  // Check your answers: the script tag is text, with a change link per answer.
  await expect(page.getByTestId('lt-check')).toBeVisible();
  await expect(page.getByTestId('lt-check-content')).toContainText(SCRIPT);
  await expect(page.getByTestId('lt-check-department')).toHaveText('武侯区');
  await expect(page.getByTestId('lt-check-title-change')).toBeVisible();
  await page.getByTestId('lt-check-phone-change').click();
  await expect(page.getByTestId('lt-form')).toHaveAttribute('data-step', 'contact');
  await page.getByTestId('lt-continue').click();
  await page.getByTestId('lt-continue').click();
  await expect(page.getByTestId('lt-check')).toBeVisible();
  await axeBothModes(page, 'letter-check', async () => {
    // A complete draft comes back at the similar letters, one step before the check page.
    await expect(page.getByTestId('lt-form')).toHaveAttribute('data-step', 'similar');
    await page.getByTestId('lt-continue').click();
    await expect(page.getByTestId('lt-check')).toBeVisible();
  });

  // The first answer is lost after the BFF stored the letter; the retry sends the same Idempotency-Key.
  const keys: string[] = [];
  let lost: { trackingNo: string } | undefined;
  await page.route('**/api/v1/cities/chengdu/letters', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    if (!lost) {
      const response = await route.fetch();
      lost = (await response.json()) as { trackingNo: string };
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByTestId('lt-confirm').click();
  await expect(page.getByTestId('lt-submit-uncertain')).toBeVisible();
  expect(lost?.trackingNo).toMatch(TRACKING_NO_PATTERN);
  await snap(page, 'letter-submit-uncertain');

  // Even a reload keeps the draft and its key: the page comes back at the check step.
  await page.reload();
  await expect(page.getByTestId('lt-check')).toBeVisible();
  await expect(page.getByTestId('lt-submit-uncertain')).toBeVisible();
  await page.getByTestId('lt-confirm').click();

  await expect(page.getByTestId('lt-confirmation')).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  const trackingNo = (await page.getByTestId('lt-tracking-no').textContent())!.trim();
  const queryCode = (await page.getByTestId('lt-query-code').textContent())!.trim();
  expect(trackingNo).toMatch(TRACKING_NO_PATTERN);
  expect(trackingNo).toBe(lost!.trackingNo);
  expect(queryCode).toMatch(QUERY_CODE_PATTERN);
  const next = page.getByTestId('lt-next');
  const acceptBy = (await next.getAttribute('data-accept-by'))!;
  expect(acceptBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const [y, m, d] = acceptBy.split('-').map(Number);
  await expect(next).toContainText(`${y}年${m}月${d}日`);
  await page.unroute('**/api/v1/cities/chengdu/letters');
  // The confirmation is shown once (the draft is gone): elderly mode is checked on the premier letter below.
  await axeClean(page);
  await snap(page, 'letter-confirmation');

  // Inquiry by number and code, without the session: the script tag is shown as text and never runs.
  await page.getByTestId('lt-done-inquiry').click();
  await expect(page.getByTestId('page-letter-inquiry')).toBeVisible();
  const detail = page.getByTestId('letter-detail');
  await expect(detail).toHaveAttribute('data-tracking-no', trackingNo);
  await expect(page.getByTestId('letter-status')).toHaveText('已收到，待受理');
  await expect(page.getByTestId('letter-content')).toContainText(SCRIPT);
  await expect(page.getByTestId('letter-content')).not.toContainText('事发地点');
  await expect(page.getByTestId('letter-location')).toContainText('武侯区天府大道北段 1 号附近');
  await expect(page.getByTestId('letter-title')).toHaveText(TITLE);
  await expect(page.locator('[data-testid=letter-content] script')).toHaveCount(0);
  await expect(page.getByTestId('letter-accept-by')).toContainText(`${y}年${m}月${d}日`);
  await expect(page.locator('[data-testid=letter-event][data-kind=received]')).toHaveCount(1);
  expect(dialogs).toBe(0);
  await axeBothModes(page, 'letter-inquiry');

  // A wrong code: plain words, the same as an unknown number.
  const wrong = queryCode[0] === 'A' ? `B${queryCode.slice(1)}` : `A${queryCode.slice(1)}`;
  await page.getByTestId('lt-inquiry-code').fill(wrong);
  await page.getByTestId('lt-inquiry-submit').click();
  await expect(page.getByTestId('lt-inquiry-not-found')).toContainText('没有找到这封信');
  await page.getByTestId('lt-inquiry-code').fill('abc');
  await page.getByTestId('lt-inquiry-submit').click();
  await expect(page.getByTestId('lt-inquiry-code-error')).toContainText('查询码是 6 位');

  // My letters: exactly one letter, in words.
  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-letters').click();
  await expect(page.getByTestId('page-my-letters')).toBeVisible();
  await expect(page.getByTestId('my-letter')).toHaveCount(1);
  await expect(page.getByTestId('my-letter')).toHaveAttribute('data-tracking-no', trackingNo);
  await expect(page.getByTestId('my-letter-status')).toHaveText('已收到，待受理');
  await axeBothModes(page, 'my-letters');

  // The directory is a public answer cached for 30 s: ask until the letter is counted.
  await expect.poll(async () => (await figuresOf(DEPARTMENT)).received, { timeout: 60_000, intervals: [3_000] }).toBe(before.received + 1);
  const after = await figuresOf(DEPARTMENT);

  // The department's figures page and the public board (reached from the inquiry page in Chengdu).
  await page.goto('/#/packages/letters/pages/inquiry/index');
  await page.getByTestId('lt-inquiry-board').click();
  await expect(page.getByTestId('page-public-answers')).toBeVisible();
  // Chengdu's catalog names its board 信件公开 (政民互动).
  await expect(page.getByTestId('page-public-answers').getByRole('heading', { level: 1 })).toHaveText('信件公开');
  await expect(page.getByTestId('board-list').or(page.getByTestId('board-empty'))).toBeVisible();
  await axeBothModes(page, 'public-answers');
  await page.getByTestId('board-departments-open').click();
  await expect(page.getByTestId('page-departments')).toBeVisible();
  // The directory is a public answer cached for 30 s (here and in the browser): reload until it shows the letter.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator(`[data-testid=dept][data-department-id=${DEPARTMENT}]`).getAttribute('data-received', { timeout: 10_000 });
      },
      { timeout: 60_000, intervals: [5_000] },
    )
    .toBe(String(after.received));
  await axeBothModes(page, 'departments');

  // The message centre opens from 我的 (its notices arrive as the letter moves).
  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-messages').click();
  await expect(page.getByTestId('page-messages')).toBeVisible();
  await expect(page.getByTestId('messages').or(page.getByTestId('messages-empty'))).toBeVisible();
  await axeBothModes(page, 'messages');

  // Staff of 武侯区 accept and answer it through the API, and publish it (the writer allowed it).
  const login = await fetch(api('/staff/auth/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: `${DEPARTMENT}-handler`, password: process.env.STAFF_DEMO_PASSWORD || 'demo-staff-2026' }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as StaffLoginResponse;
  const staff = (path: string, body?: unknown) =>
    fetch(api(path), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const inbox = (await (await staff('/staff/letters')).json()) as StaffInboxResponse;
  const item = inbox.items.find((i) => i.trackingNo === trackingNo);
  expect(item).toBeDefined();
  expect((await staff(`/staff/letters/${item!.id}/accept`, {})).status).toBe(200);
  const ANSWER = '已安排路灯维修班组于三日内更换损坏的灯具，修复后请再反映。';
  expect((await staff(`/staff/letters/${item!.id}/answer`, { outcome: 'supported', text: ANSWER })).status).toBe(200);
  const published = await staff(`/staff/letters/${item!.id}/publish`, { title: TITLE, content: CONTENT, answer: ANSWER });
  expect(published.status).toBe(200);

  // The status changes reached the message centre: an unread count on 我的, and marking one read lowers it.
  await page.goto('/#/pages/me/index');
  await expect(page.getByTestId('me-link-messages')).toContainText('条未读');
  await page.getByTestId('me-link-messages').click();
  // The H5 router may keep the earlier message centre hidden in its stack: act on the one on screen.
  const centre = page.locator('[data-testid="page-messages"]:visible');
  const unread = centre.getByTestId('messages-unread');
  await expect(centre.locator('[data-testid=message][data-read=false]').first()).toBeVisible();
  const count = Number(await unread.getAttribute('data-unread'));
  expect(count).toBeGreaterThan(0);
  await centre.locator('[data-testid=message][data-read=false]').first().getByTestId('message-read').click();
  await expect(unread).toHaveAttribute('data-unread', String(count - 1));
  await axeClean(page);

  // The citizen sees the answer with its outcome, and rates it.
  await page.goto('/#/pages/me/index');
  await page.getByTestId('me-link-letters').click();
  await expect(page.getByTestId('my-letter-status')).toHaveText('已答复');
  await page.getByTestId('my-letter-open').click();
  await expect(page.getByTestId('page-my-letter')).toBeVisible();
  await expect(page.getByTestId('letter-answer-text')).toHaveText(ANSWER);
  await expect(page.getByTestId('letter-answer-outcome')).toContainText('支持');
  await expect(page.getByTestId('lt-reexam')).toBeVisible();
  await page.getByTestId('lt-rating-submit').click();
  await expect(page.getByTestId('lt-rating-level-error')).toHaveText('请选择一项评价');
  await axeBothModes(page, 'my-letter-answered', async () => {
    await page.getByTestId('lt-rating-submit').click();
    await expect(page.getByTestId('lt-rating-level-error')).toBeVisible();
  });
  await page.getByTestId('lt-rating-level-5').click();
  await page.getByTestId('lt-rating-submit').click();
  await expect(page.getByTestId('lt-rated')).toHaveAttribute('data-level', '5');
  await expect(page.getByTestId('lt-rated')).toContainText('非常满意');

  // It is on the public board, the script tag still text, and the department's figures moved.
  await page.goto('/#/packages/letters/pages/board/index');
  const card = page.locator(`[data-testid=board-letter][data-tracking-no=${trackingNo}]`);
  // The board is a public answer cached for 30 s (in the BFF and the browser), and this spec opened it
  // before the letter was published: reload until it shows.
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(page.getByTestId('board-list').or(page.getByTestId('board-empty'))).toBeVisible();
        return card.count();
      },
      { timeout: 60_000, intervals: [5_000] },
    )
    .toBe(1);
  await expect(card).toBeVisible();
  await card.getByTestId('board-letter-open').click();
  await expect(page.getByTestId('public-letter-content')).toContainText(SCRIPT);
  await expect(page.getByTestId('public-letter-answer-text')).toHaveText(ANSWER);
  await expect(page.getByTestId('public-letter-writer')).toContainText('杨*');
  await axeBothModes(page, 'public-letter');
  await expect.poll(async () => (await figuresOf(DEPARTMENT)).ratings, { timeout: 60_000, intervals: [3_000] }).toBe(after.ratings + 1);
  const final = await figuresOf(DEPARTMENT);
  expect(final.answered).toBe(after.answered + 1);
  expect(final.ratings).toBe(after.ratings + 1);
  expect(final.satisfaction).not.toBeNull();
  await page.goto('/#/packages/letters/pages/departments/index');
  const dept = page.locator(`[data-testid=dept][data-department-id=${DEPARTMENT}]`);
  await expect
    .poll(
      async () => {
        await page.reload();
        return dept.getByTestId('dept-answered').textContent({ timeout: 10_000 });
      },
      { timeout: 60_000, intervals: [5_000] },
    )
    .toBe(`${final.answered} 封`);
  await expect(dept.getByTestId('dept-satisfaction')).not.toHaveText('暂无');
  expect(dialogs).toBe(0);
});

test('I Say a Word to the Premier in Chengdu, written in elderly mode, and the boards under each city’s own name', async ({ page }) => {
  test.setTimeout(150_000);
  // 黄磊 (Chengdu) is used by no other spec.
  await homeIn(page, 'chengdu');
  await portalTile(page, 'premier-message').click();
  await expect(page.getByTestId('page-premier-message')).toBeVisible();
  await expect(page.getByTestId('page-premier-message').getByRole('heading', { level: 1 })).toHaveText('我向总理说句话');
  await expect(page.getByTestId('signin-prompt')).toBeVisible();
  await axeClean(page);

  await page.goto('about:blank');
  await signInAndBind(page, '15100028007', '黄磊', '51010919791224007X');
  await setElderlyOnMe(page, true);
  await homeIn(page, 'chengdu');
  await portalTile(page, 'premier-message').click();
  await expect(page.getByTestId('page-premier-message')).toHaveAttribute('data-elderly', 'true');
  await expect(page.getByTestId('lt-addressee-premier')).toBeVisible();
  await page.locator('[data-testid=lt-type-option][data-value=suggestion]').click();
  await page.locator('[data-testid=lt-topic-option][data-value=social-security]').click();
  await page.getByTestId('lt-continue').click();
  await page.getByTestId('lt-title').fill('建议简化异地就医备案');
  await page.getByTestId('lt-content').fill('异地就医备案需要跑好几个地方，希望能在网上一次办好，减少老人来回奔波。');
  // A photo through the picker and the upload (multipart `photo`); shown as a thumbnail that can be removed.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('lt-photo-add').click();
  await (await chooser).setFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
  await expect(page.getByTestId('lt-photo')).toHaveCount(1);
  await expect(page.getByTestId('lt-photos-error')).toHaveCount(0);
  await page.getByTestId('lt-continue').click();
  await page.getByTestId('lt-contactPhone').fill('15100028007');
  await page.locator('[data-testid=lt-publishable-option][data-value=no]').click();
  await expect(page.getByTestId('lt-anonymous-note')).toHaveCount(0);
  await page.getByTestId('lt-continue').click();
  // No department, so no similar letters to look up: straight to the check page.
  await expect(page.getByTestId('lt-check')).toBeVisible();
  await expect(page.getByTestId('lt-check-department')).toHaveCount(0);
  await expect(page.getByTestId('lt-check-photos')).toHaveText('1 张');
  await axeClean(page);
  await snap(page, 'premier-check-elderly');
  await page.getByTestId('lt-confirm').click();
  await expect(page.getByTestId('lt-confirmation')).toBeVisible();
  await expect(page.getByTestId('lt-tracking-no')).toHaveText(TRACKING_NO_PATTERN);
  await expect(page.getByTestId('lt-query-code')).toHaveText(QUERY_CODE_PATTERN);
  await axeClean(page);
  await snap(page, 'premier-confirmation-elderly');
  await setElderlyOnMe(page, false);

  await homeIn(page, 'shanghai');
  await portalTile(page, 'you-ask').click();
  await expect(page.getByTestId('page-public-answers')).toBeVisible();
  await expect(page.getByTestId('page-public-answers').getByRole('heading', { level: 1 })).toHaveText('你问我答');
  await expect(page.getByTestId('board-list').or(page.getByTestId('board-empty'))).toBeVisible();
  await page.getByTestId('board-filter-topic').click();
  await page.locator('[data-testid=board-topic-option][data-value=transport]').click();
  await expect(page.getByTestId('board-filtering')).toContainText('交通出行');
  await axeClean(page);

  // Yinchuan's 问政 portals open the same pages under Yinchuan's names.
  await page.goto('/');
  await page.getByTestId('city-option-yinchuan').click();
  await expect(page.getByTestId('city-name')).toHaveText('银川');
  await portalTile(page, 'wenzheng-board').click();
  await expect(page.getByTestId('page-public-answers').getByRole('heading', { level: 1 })).toHaveText('问政回复');
  await page.getByTestId('board-write').click();
  await expect(page.getByTestId('page-letter-write').getByRole('heading', { level: 1 })).toHaveText('我要问政');
  await expect(page.getByTestId('lt-department-option').first()).toBeVisible();
  await expect(page.locator('[data-testid=lt-department-option][data-value^=yinchuan-]').first()).toBeVisible();
  await axeClean(page);
  await snap(page, 'wenzheng-write');
});

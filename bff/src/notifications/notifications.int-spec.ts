import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiPaths, type LoginResponse } from '@portal/shared';
import { DataSource } from 'typeorm';
import { bearer, newClientIp, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { InboxMessageEntity } from './inbox-message.entity';
import { LetterNotifier, type LetterStatusChange } from './letter-notifier';
import { LETTER_STATUS_TEMPLATE } from './subscribe-templates';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';

interface OutboxMessage {
  touser: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
  text: string;
}

const AT = new Date('2026-03-02T00:15:00Z');

describe('message centre and WeChat subscribe messages', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let db: DataSource;
  let notifier: LetterNotifier;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    db = bff.app.get(DataSource);
    notifier = bff.app.get(LetterNotifier);
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  const smsCitizen = () => signInBySms(bff, mock, `136${String(randomInt(0, 1e8)).padStart(8, '0')}`);

  /** A citizen signed in with WeChat the way the mini-program does, and their openid. */
  async function wechatCitizen(): Promise<{ login: LoginResponse & { ip: string }; user: string; openid: string }> {
    const user = `u-${randomUUID()}`;
    const issued = (await mock.control('POST', '/wechat/codes', { user })) as { code: string; openid: string };
    const ip = newClientIp();
    const res = await bff.request('POST', apiPaths.authWechat(), { code: issued.code }, { 'x-forwarded-for': ip });
    expect(res.status).toBe(200);
    return { login: { ...(res.body as LoginResponse), ip }, user, openid: issued.openid };
  }
  const freshCode = async (user: string) => ((await mock.control('POST', '/wechat/codes', { user })) as { code: string }).code;
  const subscribe = (login: { accessToken: string; ip?: string }, body: unknown) => bff.request('POST', apiPaths.mySubscriptions(), body, bearer(login));
  const outbox = async (openid: string): Promise<OutboxMessage[]> =>
    ((await (await fetch(`${mock.url}/wechat/subscribe/outbox?touser=${encodeURIComponent(openid)}`)).json()) as { messages: OutboxMessage[] }).messages;
  const change = (citizenId: string, extra: Partial<LetterStatusChange> = {}): LetterStatusChange => ({
    citizenId,
    trackingNo: `CD2026030200${String(randomInt(0, 1e4)).padStart(4, '0')}`,
    city: 'chengdu',
    status: 'accepted',
    note: null,
    at: AT,
    ...extra,
  });
  const credits = async (userId: string) => (await db.getRepository(WechatSubscriptionEntity).findOneBy({ userId, templateId: LETTER_STATUS_TEMPLATE.id }))?.remaining;

  it("writes the status notice to the citizen's message centre, shows only their own, and marks it read", async () => {
    const writer = await smsCitizen();
    const other = await smsCitizen();
    const notice = change(writer.userId, { status: 'declined', note: '该事项属于诉讼程序，请通过司法途径解决' });
    const outcome = await notifier.statusChanged(notice);
    expect(outcome).toEqual({ messageId: expect.any(String), wechat: 'not-wechat' });

    const mine = await bff.get(apiPaths.myMessages(), bearer(writer));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.body.unread).toBe(1);
    expect(mine.body.messages).toEqual([
      { id: outcome.messageId, at: '2026-03-02T08:15:00+08:00', title: '留言办理进度：不予受理', body: expect.any(String), trackingNo: notice.trackingNo, read: false },
    ]);
    const body: string = mine.body.messages[0].body;
    expect(body).toContain(`编号 ${notice.trackingNo}`);
    expect(body).toContain('“不予受理”');
    expect(body).toContain('说明：该事项属于诉讼程序');
    expect(body).toContain('可以重新写信');

    expect((await bff.get(apiPaths.myMessages(), bearer(other))).body).toEqual({ messages: [], unread: 0 });
    expect((await bff.request('POST', apiPaths.myMessageRead(outcome.messageId!), undefined, bearer(other))).status).toBe(404);
    expect((await bff.request('POST', apiPaths.myMessageRead('not-an-id'), undefined, bearer(writer))).status).toBe(404);
    expect((await bff.request('POST', apiPaths.myMessageRead(outcome.messageId!))).status).toBe(401);
    expect((await bff.get(apiPaths.myMessages(), bearer(writer))).body.unread).toBe(1);

    expect((await bff.request('POST', apiPaths.myMessageRead(outcome.messageId!), undefined, bearer(writer))).status).toBe(204);
    expect((await bff.request('POST', apiPaths.myMessageRead(outcome.messageId!), undefined, bearer(writer))).status).toBe(204);
    const after = (await bff.get(apiPaths.myMessages(), bearer(writer))).body;
    expect(after.unread).toBe(0);
    expect(after.messages[0].read).toBe(true);

    const accepted = await notifier.statusChanged(change(writer.userId, { status: 'accepted', at: new Date(AT.getTime() + 60_000) }));
    const both = (await bff.get(apiPaths.myMessages(), bearer(writer))).body;
    expect(both.messages.map((m: { id: string }) => m.id)).toEqual([accepted.messageId, outcome.messageId]);
    expect(both.messages[0].body).toContain('60个工作日内书面答复');
  });

  it('sends one WeChat subscribe message per acceptance, with values cut to WeChat’s limits; without a credit only the in-app message', async () => {
    const { login, user, openid } = await wechatCitizen();
    const res = await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id], code: await freshCode(user) });
    expect(res.status).toBe(204);
    expect(await credits(login.userId)).toBe(1);

    const title = '关于武侯区天府大道北段夜间施工噪音严重扰民影响休息的投诉';
    const first = await notifier.statusChanged(change(login.userId, { status: 'reexamining', title }));
    expect(first.wechat).toBe('sent');
    const sent = await outbox(openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: LETTER_STATUS_TEMPLATE.id, page: expect.stringMatching(/^packages\/letters\/pages\/letter\/index\?no=CD/) });
    expect(sent[0]!.data).toEqual({
      character_string1: { value: expect.stringMatching(/^CD\d{14}$/) },
      thing2: { value: [...title].slice(0, 20).join('') },
      phrase3: { value: '复查中' },
      time4: { value: '2026年3月2日 08:15' },
      thing5: { value: '30个工作日内答复复查' },
    });
    const row = await db.getRepository(InboxMessageEntity).findOneBy({ id: first.messageId! });
    expect(row).toMatchObject({ wechatStatus: 'sent', wechatDetail: expect.stringMatching(/^msgid \d+$/) });
    expect(await credits(login.userId)).toBe(0);

    const second = await notifier.statusChanged(change(login.userId, { status: 'answered' }));
    expect(second.wechat).toBe('not-subscribed');
    expect(await outbox(openid)).toHaveLength(1);
    expect((await bff.get(apiPaths.myMessages(), bearer(login))).body.messages).toHaveLength(2);

    // Two acceptances later (the second without a code: the openid is known), two more messages.
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id] })).status).toBe(204);
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id] })).status).toBe(204);
    const burst = await Promise.all([1, 2, 3].map(() => notifier.statusChanged(change(login.userId, { status: 'closed' }))));
    expect(burst.map((o) => o.wechat).sort()).toEqual(['not-subscribed', 'sent', 'sent']);
    expect(await outbox(openid)).toHaveLength(3);
  });

  it('records a refusal (43101) and an outage without failing the caller; the in-app message still lands and an unsent credit is kept', async () => {
    const { login, user, openid } = await wechatCitizen();
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id], code: await freshCode(user) })).status).toBe(204);
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id] })).status).toBe(204);
    expect(await credits(login.userId)).toBe(2);

    await mock.control('PUT', '/faults/wechat-subscribe', { errorRate: 1 });
    try {
      const down = await notifier.statusChanged(change(login.userId));
      expect(down.wechat).toBe('failed');
      expect(await db.getRepository(InboxMessageEntity).findOneBy({ id: down.messageId! })).toMatchObject({ wechatStatus: 'failed' });
      expect(await credits(login.userId)).toBe(2);
    } finally {
      await mock.control('DELETE', '/faults/wechat-subscribe');
    }

    await mock.control('PUT', `/wechat/subscribe/refusals/${openid}`, {});
    const refused = await notifier.statusChanged(change(login.userId));
    expect(refused.wechat).toBe('refused');
    expect(await db.getRepository(InboxMessageEntity).findOneBy({ id: refused.messageId! })).toMatchObject({ wechatStatus: 'refused', wechatDetail: expect.stringContaining('43101') });
    expect(await credits(login.userId)).toBe(0);
    expect(await outbox(openid)).toEqual([]);
    expect((await bff.get(apiPaths.myMessages(), bearer(login))).body.messages).toHaveLength(2);
  });

  it('fetches a new access token when WeChat says the cached one expired', async () => {
    const { login, user, openid } = await wechatCitizen();
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id], code: await freshCode(user) })).status).toBe(204);
    expect((await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id] })).status).toBe(204);
    expect((await notifier.statusChanged(change(login.userId))).wechat).toBe('sent');
    const expired = (await mock.control('POST', '/wechat/tokens/expire')) as { expired: number };
    expect(expired.expired).toBeGreaterThan(0);
    expect((await notifier.statusChanged(change(login.userId))).wechat).toBe('sent');
    expect(await outbox(openid)).toHaveLength(2);
  });

  it('takes subscriptions only from WeChat sign-ins, with a code of the same WeChat account, for known templates', async () => {
    const sms = await smsCitizen();
    const notWechat = await subscribe(sms, { templateIds: [LETTER_STATUS_TEMPLATE.id], code: await freshCode('anyone') });
    expect(notWechat.status).toBe(409);
    expect(notWechat.body.code).toBe('WECHAT_NOT_SIGNED_IN');

    const { login } = await wechatCitizen();
    const noCode = await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id] });
    expect(noCode.status).toBe(400);
    expect(noCode.body.details[0].field).toBe('code');
    const someoneElse = await subscribe(login, { templateIds: [LETTER_STATUS_TEMPLATE.id], code: await freshCode(`u-${randomUUID()}`) });
    expect(someoneElse.status).toBe(403);
    for (const [body, field] of [
      [{ templateIds: ['made-up'] }, 'templateIds'],
      [{ templateIds: [] }, 'templateIds'],
      [{ templateIds: [LETTER_STATUS_TEMPLATE.id], code: 'x' }, 'code'],
      [{ templateIds: [LETTER_STATUS_TEMPLATE.id], extra: true }, 'extra'],
    ] as const) {
      const res = await subscribe(login, body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect(await credits(login.userId)).toBeUndefined();
    expect((await bff.request('POST', apiPaths.mySubscriptions(), { templateIds: [LETTER_STATUS_TEMPLATE.id] })).status).toBe(401);
  });

  it('never fails the caller, even for a citizen that no longer exists', async () => {
    const outcome = await notifier.statusChanged(change(randomUUID()));
    expect(outcome).toEqual({ messageId: null, wechat: null });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

const APPID = 'wx-test-appid';
const SECRET = 'wx-test-secret';
const STATUS_TEMPLATE = '1SgwzqtjESGprroMCh_yY90TXNRnNmzRMie-_2p1Kf4';
const REPLY_TEMPLATE = 'bWDt_T8guW1CpyY-dTBZg0npYRQboVk8bT28ebOd9oM';
const OPENID = 'oZ4k7eC0ROqlbGaEzZZs6Kg9-M4E';

const tokenPath = (overrides: Record<string, string> = {}) =>
  `/cgi-bin/token?${new URLSearchParams({ grant_type: 'client_credential', appid: APPID, secret: SECRET, ...overrides }).toString()}`;

const statusMessage = (overrides: Record<string, unknown> = {}) => ({
  touser: OPENID,
  template_id: STATUS_TEMPLATE,
  page: 'pages/letters/detail?trackingNo=CD20260302-000123',
  miniprogram_state: 'developer',
  lang: 'zh_CN',
  data: {
    character_string1: { value: 'CD20260302-000123' },
    thing2: { value: '建议延长地铁末班车时间' },
    phrase3: { value: '已受理' },
    time4: { value: '2026年3月2日 08:15' },
    thing5: { value: '请留意办理进度' },
  },
  ...overrides,
});

describe('WeChat subscribe messages', () => {
  let server: TestServer;
  let realTime = Date.parse('2026-03-02T00:15:00Z');
  const get = async (path: string) => {
    const response = await server.send('GET', path);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const token = async () => (await get(tokenPath())).body.access_token as string;
  const send = async (accessToken: string, body: unknown) => {
    const response = await fetch(`${server.baseUrl}/cgi-bin/message/subscribe/send?access_token=${accessToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const outbox = async (touser?: string) =>
    (await (await server.send('GET', `/wechat/subscribe/outbox${touser ? `?touser=${touser}` : ''}`)).json()) as {
      messages: Array<Record<string, unknown>>;
    };

  beforeAll(async () => {
    server = await startTestServer({
      wechatApps: { [APPID]: SECRET },
      fixedTime: at('2026-03-02', '08:15'),
      realNow: () => realTime,
    });
  });
  beforeEach(async () => {
    realTime = Date.parse('2026-03-02T00:15:00Z');
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('issues an access token for the configured appid and secret, unsigned', async () => {
    const { status, body } = await get(tokenPath());
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in']);
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{128}$/);
    expect(body.expires_in).toBe(7200);
  });

  it('refuses bad token requests with WeChat error codes', async () => {
    expect((await get(tokenPath({ appid: 'wx-other' }))).body).toEqual({ errcode: 40013, errmsg: 'invalid appid' });
    expect((await get(tokenPath({ secret: 'nope' }))).body).toEqual({ errcode: 40125, errmsg: 'invalid appsecret' });
    expect((await get(tokenPath({ grant_type: 'authorization_code' }))).body.errcode).toBe(40002);
    expect((await get('/cgi-bin/token?grant_type=client_credential')).body.errcode).toBe(41002);
    expect((await get(`/cgi-bin/token?grant_type=client_credential&appid=${APPID}`)).body.errcode).toBe(41004);
  });

  it('sends a subscribe message and puts it in the outbox, newest first', async () => {
    const accessToken = await token();
    const { status, body } = await send(accessToken, statusMessage());
    expect(status).toBe(200);
    expect(body).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    const second = await send(accessToken, statusMessage({ data: { ...statusMessage().data, phrase3: { value: '已办结' } } }));
    expect(second.body.msgid).toBeGreaterThan(body.msgid as number);
    expect(Number.isSafeInteger(second.body.msgid)).toBe(true);
    await send(accessToken, statusMessage({ touser: 'oOtherUser0000000000000000000' }));

    const mine = await outbox(OPENID);
    expect(mine.messages).toHaveLength(2);
    expect(mine.messages[1]).toEqual({
      msgid: body.msgid,
      appid: APPID,
      touser: OPENID,
      template_id: STATUS_TEMPLATE,
      title: '留言办理进度通知',
      page: 'pages/letters/detail?trackingNo=CD20260302-000123',
      miniprogram_state: 'developer',
      lang: 'zh_CN',
      data: statusMessage().data,
      text: '留言办理进度通知｜留言编号：CD20260302-000123；留言标题：建议延长地铁末班车时间；办理状态：已受理；更新时间：2026年3月2日 08:15；温馨提示：请留意办理进度',
      sentAt: '2026-03-02T08:15:00+08:00',
    });
    expect(mine.messages[0]?.data).toMatchObject({ phrase3: { value: '已办结' } });
    expect((await outbox()).messages).toHaveLength(3);
    expect((await server.send('DELETE', '/wechat/subscribe/outbox')).status).toBe(200);
    expect((await outbox()).messages).toEqual([]);
  });

  it('reads the body as JSON whatever the Content-Type (as WeChat does)', async () => {
    const accessToken = await token();
    const variants: Array<Record<string, string>> = [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, {}];
    for (const headers of variants) {
      const response = await fetch(`${server.baseUrl}/cgi-bin/message/subscribe/send?access_token=${accessToken}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statusMessage()),
      });
      expect(await response.json()).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    }
    expect((await outbox()).messages).toHaveLength(3);
  });

  it('defaults miniprogram_state to formal, lang to zh_CN and page to null', async () => {
    const { page: _page, miniprogram_state: _state, lang: _lang, ...bare } = statusMessage();
    expect((await send(await token(), bare)).body.errcode).toBe(0);
    expect((await outbox()).messages[0]).toMatchObject({ page: null, miniprogram_state: 'formal', lang: 'zh_CN' });
  });

  it('refuses missing, unknown, superseded and expired access tokens', async () => {
    expect((await send('', statusMessage())).body).toEqual({ errcode: 41001, errmsg: 'access_token missing' });
    expect((await send('not-a-token', statusMessage())).body).toEqual({
      errcode: 40001,
      errmsg: 'invalid credential, access_token is invalid or not latest',
    });
    const first = await token();
    const second = await token();
    // The previous token works for 5 more minutes after a new one is fetched, then no longer.
    expect((await send(first, statusMessage())).body.errcode).toBe(0);
    realTime += 5 * 60 * 1000;
    expect((await send(first, statusMessage())).body.errcode).toBe(40001);
    expect((await send(second, statusMessage())).body.errcode).toBe(0);
    // Tokens last 7200 s.
    realTime += 7200 * 1000;
    expect((await send(second, statusMessage())).body).toEqual({ errcode: 42001, errmsg: 'access_token expired' });
    // The control API expires every token at once.
    const third = await token();
    expect(await (await server.send('POST', '/__control/wechat/tokens/expire')).json()).toEqual({ expired: 1 });
    expect((await send(third, statusMessage())).body.errcode).toBe(42001);
    expect((await outbox()).messages).toHaveLength(2);
  });

  it('answers 43101 to an openid that refused the messages, per openid and optionally per template', async () => {
    const accessToken = await token();
    expect((await server.send('PUT', `/__control/wechat/subscribe/refusals/${OPENID}`)).status).toBe(200);
    expect((await send(accessToken, statusMessage())).body).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    expect((await send(accessToken, statusMessage({ touser: 'oOtherUser0000000000000000000' }))).body.errcode).toBe(0);

    await server.send('PUT', `/__control/wechat/subscribe/refusals/${OPENID}`, { template_ids: [REPLY_TEMPLATE] });
    expect((await send(accessToken, statusMessage())).body.errcode).toBe(0);
    const reply = {
      touser: OPENID,
      template_id: REPLY_TEMPLATE,
      data: {
        character_string1: { value: 'CD20260302-000123' },
        thing2: { value: '建议延长地铁末班车时间' },
        thing3: { value: '成都市交通运输局' },
        time4: { value: '2026-03-10 16:30' },
      },
    };
    expect((await send(accessToken, reply)).body.errcode).toBe(43101);
    expect(await (await server.send('GET', '/__control/wechat/subscribe/refusals')).json()).toEqual({
      refusals: [{ openid: OPENID, template_ids: [REPLY_TEMPLATE] }],
    });

    await server.send('DELETE', `/__control/wechat/subscribe/refusals/${OPENID}`);
    expect((await send(accessToken, reply)).body.errcode).toBe(0);
    await server.send('PUT', `/__control/wechat/subscribe/refusals/${OPENID}`);
    await server.send('POST', '/__control/reset');
    expect((await send(await token(), reply)).body.errcode).toBe(0);
    expect((await server.send('PUT', `/__control/wechat/subscribe/refusals/${OPENID}`, { template_ids: ['nope'] })).status).toBe(400);
  });

  it('checks the message like WeChat: 40003, 40037, 41030, 47001, 47003 for values over the limits', async () => {
    const accessToken = await token();
    const data = statusMessage().data;
    const expectErr = async (body: unknown, errcode: number, errmsg?: string) => {
      const answer = await send(accessToken, body);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(errmsg === undefined ? { errcode, errmsg: expect.any(String) } : { errcode, errmsg });
    };
    await expectErr('not json', 47001, 'data format error');
    await expectErr(statusMessage({ touser: 'bad' }), 40003, 'invalid openid');
    await expectErr(statusMessage({ template_id: 'nope' }), 40037, 'invalid template_id');
    await expectErr(statusMessage({ page: '/pages/index/index' }), 41030, 'invalid page');
    await expectErr(statusMessage({ miniprogram_state: 'prod' }), 47003, 'argument invalid! miniprogram_state invalid');
    await expectErr(statusMessage({ data: undefined }), 47003, 'argument invalid! data is empty');
    await expectErr(statusMessage({ data: { ...data, thing9: { value: 'x' } } }), 47003, 'argument invalid! data.thing9 not in template');
    const { thing5: _thing5, ...missing } = data;
    await expectErr(statusMessage({ data: missing }), 47003, 'argument invalid! data.thing5.value is empty');
    // thing: at most 20 characters (Chinese count as one).
    await expectErr(statusMessage({ data: { ...data, thing2: { value: '字'.repeat(21) } } }), 47003, 'argument invalid! data.thing2.value invalid');
    expect((await send(accessToken, statusMessage({ data: { ...data, thing2: { value: '字'.repeat(20) } } }))).body.errcode).toBe(0);
    // character_string: at most 32 of digits, letters and ASCII symbols.
    await expectErr(statusMessage({ data: { ...data, character_string1: { value: 'A'.repeat(33) } } }), 47003);
    await expectErr(statusMessage({ data: { ...data, character_string1: { value: '编号123' } } }), 47003);
    // phrase: at most 5 Chinese characters.
    await expectErr(statusMessage({ data: { ...data, phrase3: { value: '已经受理完毕了' } } }), 47003);
    await expectErr(statusMessage({ data: { ...data, phrase3: { value: 'done' } } }), 47003);
    // time: a time of day, optionally with a date.
    await expectErr(statusMessage({ data: { ...data, time4: { value: '明天上午' } } }), 47003);
    for (const value of ['15:01', '2026年3月2日 15:01', '2026-03-02 15:01:30']) {
      expect((await send(accessToken, statusMessage({ data: { ...data, time4: { value } } }))).body.errcode).toBe(0);
    }
    await expectErr(statusMessage({ data: { ...data, thing5: { value: 42 } } }), 47003);
    expect((await outbox()).messages).toHaveLength(4);
  });

  it('answers -1 system error when faulted, sending nothing, keyed as wechat-subscribe', async () => {
    const accessToken = await token();
    await server.send('PUT', '/__control/faults/wechat-subscribe', { errorRate: 1 });
    expect(await send(accessToken, statusMessage())).toEqual({ status: 200, body: { errcode: -1, errmsg: 'system error' } });
    expect((await get(tokenPath())).body).toEqual({ errcode: -1, errmsg: 'system error' });
    // Login (the `wechat` service) is not affected.
    expect((await get('/sns/jscode2session?appid=wx-test-appid')).body.errcode).toBe(41004);
    await server.send('DELETE', '/__control/faults/wechat-subscribe');
    expect((await outbox()).messages).toEqual([]);
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { total: number; byEndpoint: Record<string, number>; events: Record<string, number> }>;
    };
    expect(stats.services['wechat-subscribe']).toEqual({
      total: 3,
      byEndpoint: { 'GET /cgi-bin/token': 2, 'POST /cgi-bin/message/subscribe/send': 1 },
      events: { tokenIssued: 1 },
    });
  });

  it('lists the templates with their keys', async () => {
    const { templates } = (await (await server.send('GET', '/__control/wechat/subscribe/templates')).json()) as {
      templates: Array<{ id: string; title: string; keys: Record<string, string> }>;
    };
    expect(templates.map((t) => t.title)).toEqual(['留言办理进度通知', '留言回复通知', '办事进度通知']);
    expect(templates.every((t) => /^[A-Za-z0-9_-]{43}$/.test(t.id))).toBe(true);
  });
});

describe('WeChat subscribe helpers with control off', () => {
  it('has no outbox or refusal endpoint', async () => {
    const server = await startTestServer({ control: false });
    expect((await server.send('GET', '/wechat/subscribe/outbox')).status).toBe(404);
    expect((await server.send('PUT', `/__control/wechat/subscribe/refusals/${OPENID}`)).status).toBe(404);
    await server.close();
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

const LETTER = {
  wbbh: 'CD20260302-000123',
  xm: '刘洋',
  lxdh: '13800028004',
  bt: '建议延长地铁末班车时间',
  nr: '成都地铁部分线路末班车较早，建议周末延长运营时间。',
  lylx: '02',
  sfgk: '1',
};

type Answer = { ret: number; msg: string; data: Record<string, unknown> | null };

describe('national government message channel (我向总理说句话)', () => {
  let server: TestServer;
  const submit = async (body: unknown) => {
    const response = await server.signedSend('POST', '/gov-message/api/messages', body);
    return { status: response.status, body: (await response.json()) as Answer };
  };
  const query = async (lybh: string) => {
    const response = await server.signedGet(`/gov-message/api/messages/${encodeURIComponent(lybh)}`);
    return { status: response.status, body: (await response.json()) as Answer };
  };
  const received = async () => {
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { total: number; events: Record<string, number> }>;
    };
    return stats.services['gov-message']?.events.messageReceived ?? 0;
  };
  const listing = async (wbbh?: string) =>
    (await (await server.send('GET', `/__control/gov-message/messages${wbbh ? `?wbbh=${wbbh}` : ''}`)).json()) as {
      messages: Array<Record<string, unknown>>;
    };

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  beforeEach(async () => {
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('receives a message and answers its number with status 01', async () => {
    const { status, body } = await submit(LETTER);
    expect(status).toBe(200);
    expect(body).toEqual({
      ret: 0,
      msg: 'ok',
      data: { lybh: 'ZL20260302000001', slzt: '01', slsj: '2026-03-02 08:15:00' },
    });
    expect(await received()).toBe(1);
    const fetched = await query('ZL20260302000001');
    expect(fetched).toEqual({
      status: 200,
      body: {
        ret: 0,
        msg: 'ok',
        data: {
          lybh: 'ZL20260302000001',
          wbbh: LETTER.wbbh,
          bt: LETTER.bt,
          lylx: '02',
          sfgk: '1',
          slzt: '01',
          ztmc: '已接收',
          slsj: '2026-03-02 08:15:00',
          zbdw: null,
          zbsj: null,
          hfdw: null,
          hfnr: null,
          bjsj: null,
        },
      },
    });
    // The public view carries no name or phone; the test listing does.
    expect(fetched.body.data).not.toHaveProperty('xm');
    expect((await listing()).messages).toEqual([expect.objectContaining({ xm: '刘洋', lxdh: '13800028004', nr: LETTER.nr })]);
  });

  it('is idempotent by wbbh: retries (even concurrent) get the same lybh and never a second message', async () => {
    const first = await submit(LETTER);
    await server.send('POST', '/__control/clock', { fixedTime: '2026-03-02T09:00:00+08:00' });
    const again = await Promise.all([submit(LETTER), submit(LETTER), submit(LETTER)]);
    for (const answer of again) expect(answer.body).toEqual(first.body);
    expect(await received()).toBe(1);

    const conflicting = await submit({ ...LETTER, nr: '另一段内容' });
    expect(conflicting.body).toEqual({
      ret: 1009,
      msg: '外部编号已使用，且留言内容不一致',
      data: { lybh: 'ZL20260302000001', slzt: '01' },
    });
    expect(await received()).toBe(1);

    const second = await submit({ ...LETTER, wbbh: 'CD20260302-000124' });
    expect(second.body.data).toMatchObject({ lybh: 'ZL20260302000002', slsj: '2026-03-02 09:00:00' });
    expect(await received()).toBe(2);
    expect((await listing()).messages.map((m) => m.lybh)).toEqual(['ZL20260302000002', 'ZL20260302000001']);
    expect((await listing('CD20260302-000124')).messages).toHaveLength(1);
  });

  it('a retry after the message moved on answers its current status', async () => {
    const { body } = await submit(LETTER);
    const lybh = body.data?.lybh as string;
    await server.send('POST', `/__control/gov-message/${lybh}/transfer`, {});
    expect((await submit(LETTER)).body.data).toMatchObject({ lybh, slzt: '02' });
  });

  it('moves 01 → 02 → 03 through the control API and shows the reply', async () => {
    const lybh = (await submit(LETTER)).body.data?.lybh as string;
    await server.send('POST', '/__control/clock', { fixedTime: '2026-03-03T10:00:00+08:00' });
    const transferred = await server.send('POST', `/__control/gov-message/${lybh}/transfer`, { unit: '四川省人民政府办公厅' });
    expect(transferred.status).toBe(200);
    expect((await query(lybh)).body.data).toMatchObject({
      slzt: '02',
      ztmc: '已转办',
      zbdw: '四川省人民政府办公厅',
      zbsj: '2026-03-03 10:00:00',
      hfnr: null,
    });
    await server.send('POST', '/__control/clock', { fixedTime: '2026-03-10T16:30:00+08:00' });
    const replied = await server.send('POST', `/__control/gov-message/${lybh}/reply`, { text: '已协调成都地铁研究周末延时运营。' });
    expect(replied.status).toBe(200);
    expect((await query(lybh)).body.data).toMatchObject({
      slzt: '03',
      ztmc: '已办结',
      hfdw: '四川省人民政府办公厅',
      hfnr: '已协调成都地铁研究周末延时运营。',
      bjsj: '2026-03-10 16:30:00',
    });
    // Once answered, it cannot be answered or transferred again.
    expect((await server.send('POST', `/__control/gov-message/${lybh}/reply`, { text: 'x' })).status).toBe(409);
    expect((await server.send('POST', `/__control/gov-message/${lybh}/transfer`, {})).status).toBe(409);
  });

  it('a reply straight from 01 fills the transfer with the replying unit (default 国务院办公厅督查室)', async () => {
    const lybh = (await submit(LETTER)).body.data?.lybh as string;
    await server.send('POST', `/__control/gov-message/${lybh}/reply`, { text: '感谢您的建议。' });
    expect((await query(lybh)).body.data).toMatchObject({
      slzt: '03',
      zbdw: '国务院办公厅督查室',
      zbsj: '2026-03-02 08:15:00',
      hfdw: '国务院办公厅督查室',
      hfnr: '感谢您的建议。',
    });
  });

  it('validates the control API', async () => {
    expect((await server.send('POST', '/__control/gov-message/ZL20260302999999/reply', { text: 'x' })).status).toBe(404);
    const lybh = (await submit(LETTER)).body.data?.lybh as string;
    expect((await server.send('POST', `/__control/gov-message/${lybh}/reply`, {})).status).toBe(400);
    expect((await server.send('POST', `/__control/gov-message/${lybh}/reply`, { text: 'ok', unit: 7 })).status).toBe(400);
  });

  it('refuses bad submissions with non-zero ret and Chinese msg, creating nothing', async () => {
    const cases: Array<[unknown, number, string]> = [
      ['not json', 1000, '请求报文格式错误：须为 JSON 对象'],
      [[LETTER], 1000, '请求报文格式错误：须为 JSON 对象'],
      [{ ...LETTER, wbbh: undefined }, 1001, '缺少必填项：wbbh（外部编号）'],
      [{ ...LETTER, wbbh: 'a b' }, 1002, 'wbbh（外部编号）格式错误：须为1-40位字母、数字、_或-'],
      [{ ...LETTER, xm: '  ' }, 1001, '缺少必填项：xm（姓名）'],
      [{ ...LETTER, lxdh: '12345' }, 1003, 'lxdh（联系电话）格式错误：须为11位手机号码或带区号的固定电话'],
      [{ ...LETTER, bt: 'x'.repeat(51) }, 1002, 'bt（标题）格式错误：须为不超过50个字符的字符串'],
      [{ ...LETTER, nr: '字'.repeat(2001) }, 1002, 'nr（留言内容）格式错误：须为不超过2000个字符的字符串'],
      [{ ...LETTER, nr: 42 }, 1002, 'nr（留言内容）格式错误：须为不超过2000个字符的字符串'],
      [{ ...LETTER, lylx: '07' }, 1004, 'lylx（留言类型）不在代码表中：01咨询 02建议 03投诉 04求助 05举报 06表扬'],
      [{ ...LETTER, sfgk: 1 }, 1002, "sfgk（是否公开）格式错误：须为'1'或'0'"],
      [{ ...LETTER, sfgk: undefined }, 1001, '缺少必填项：sfgk（是否公开）'],
    ];
    for (const [body, ret, msg] of cases) {
      expect(await submit(body)).toEqual({ status: 200, body: { ret, msg, data: null } });
    }
    // Limits count characters: 2000 Chinese characters and a landline are fine.
    expect((await submit({ ...LETTER, nr: '字'.repeat(2000), lxdh: '028-12345678' })).body.ret).toBe(0);
    expect(await received()).toBe(1);
  });

  it('answers 1404 for an unknown message and 404 ret 404 for an unknown path', async () => {
    expect(await query('ZL20990101000001')).toEqual({ status: 200, body: { ret: 1404, msg: '留言不存在', data: null } });
    const unknown = await server.signedGet('/gov-message/api/nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ret: 404, msg: '接口不存在', data: null });
  });

  it('requires a signature, and answers 503 ret 9999 when faulted, creating nothing', async () => {
    const unsigned = await server.send('POST', '/gov-message/api/messages', LETTER);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature' });
    await server.send('PUT', '/__control/faults/gov-message', { errorRate: 1 });
    expect(await submit(LETTER)).toEqual({ status: 503, body: { ret: 9999, msg: '系统繁忙，请稍后再试', data: null } });
    await server.send('DELETE', '/__control/faults/gov-message');
    expect(await received()).toBe(0);
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { total: number; byEndpoint: Record<string, number> }>;
    };
    expect(stats.services['gov-message']).toMatchObject({ total: 2, byEndpoint: { 'POST /gov-message/api/messages': 2 } });
  });

  it('is emptied by /__control/reset', async () => {
    await submit(LETTER);
    await server.send('POST', '/__control/reset');
    expect((await listing()).messages).toEqual([]);
    expect((await query('ZL20260302000001')).body.ret).toBe(1404);
    expect((await submit(LETTER)).body.data?.lybh).toBe('ZL20260302000001');
  });
});

describe('gov-message control with control off', () => {
  it('has no control or listing endpoint', async () => {
    const server = await startTestServer({ control: false });
    expect((await server.send('GET', '/__control/gov-message/messages')).status).toBe(404);
    await server.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from '../test-support/signing.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const q = encodeURIComponent;

describe('Chengdu housing and Shanghai school enrollment', () => {
  let server: TestServer;
  const get = async (path: string): Promise<Json> => (await server.signedGet(path)).json() as Promise<Json>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('Chengdu housing: registration status by certificate number, unknown → not found', async () => {
    const found = await get(`/chengdu/fangguan/bdcqz?zh=${q('川(2024)成都市不动产权第0123456号')}`);
    expect(found).toMatchObject({ success: '1', data: { qlr: '刘洋', djzt: '已抵押', mj: '89.36', qx: '武侯区' } });
    expect(found.data.dyxx).toMatchObject({ dyje: '700000.00' });
    const percentEncodedParens = await get(`/chengdu/fangguan/bdcqz?zh=${q('川')}%282021%29${q('成都市不动产权第0456789号')}`);
    expect(percentEncodedParens.data.djzt).toBe('正常');
    expect(await get(`/chengdu/fangguan/bdcqz?zh=${q('川(2024)成都市不动产权第7654321号')}`)).toEqual({
      success: '0',
      errmsg: '未查询到该不动产权证书信息',
      data: null,
    });
    expect((await get(`/chengdu/fangguan/bdcqz?zh=${q('沪(2024)上海市不动产权第0123456号')}`)).errmsg).toMatch(/格式错误/);
    expect((await get('/chengdu/fangguan/bdcqz')).success).toBe('0');
    expect((await server.send('GET', '/chengdu/fangguan/bdcqz')).status).toBe(401);
  });

  it('Shanghai enrollment: 2026 policy with the primary age rule, per district', async () => {
    const policy = await get(`/shanghai/education/policy?district=${q('徐汇区')}`);
    expect(policy.rtnCode).toBe('000');
    expect(policy.data.primary).toMatchObject({ birthFrom: '2019-09-01', birthTo: '2020-08-31' });
    expect(policy.data.keyDates[0]).toMatchObject({ item: '入学信息登记', start: '2026-04-07' });
    const dates = policy.data.keyDates.map((d: Json) => d.start);
    expect([...dates].sort()).toEqual(dates);
    expect((await get(`/shanghai/education/policy?district=${q('锦江区')}`)).rtnCode).toBe('102');
    expect((await get('/shanghai/education/policy')).rtnCode).toBe('101');
  });

  it('Shanghai enrollment: schools by district, name and stage', async () => {
    const xuhui = await get(`/shanghai/education/schools?district=${q('徐汇区')}&stage=${q('小学')}`);
    expect(xuhui.data.total).toBe(3);
    const byName = await get(`/shanghai/education/schools?name=${q('向阳')}`);
    expect(byName.data.schools).toEqual([
      { code: 'XH001', name: '上海市徐汇区向阳小学', district: '徐汇区', stage: '小学', type: '公办' },
    ]);
    expect((await get(`/shanghai/education/schools?stage=${q('高中')}`)).rtnCode).toBe('101');
  });
});

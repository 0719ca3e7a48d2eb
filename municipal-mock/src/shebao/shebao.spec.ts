import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('social insurance', () => {
  let server: TestServer;
  const get = async (path: string): Promise<Json> => (await server.signedGet(path)).json() as Promise<Json>;
  const post = async (path: string, body: unknown): Promise<Json> =>
    (await server.signedSend('POST', path, body)).json() as Promise<Json>;
  const events = async (service: string) =>
    ((await (await server.send('GET', '/__control/stats')).json()) as Json).services[service].events as Record<string, number>;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  beforeEach(async () => {
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('Shanghai: account summary in yuan, yyyy-MM, the same on every call', async () => {
    const body = await get('/shanghai/shebao/account?idNumber=310104198506150015');
    expect(body.code).toBe('0');
    const data = body.data;
    expect(data).toMatchObject({ name: '张伟', insuredType: '城镇职工', status: '正常参保', insuredSince: '2007-07' });
    expect(data.paymentBase).toBeGreaterThanOrEqual(7460);
    expect(data.paymentBase).toBeLessThanOrEqual(37302);
    // 2007-07 .. 2026-02 inclusive
    expect(data.monthsPaid).toBe(18 * 12 + 8);
    expect(await get('/shanghai/shebao/account?idNumber=310104198506150015')).toEqual(body);
  });

  it('Shanghai: monthly contributions at the documented rates', async () => {
    const body = await get('/shanghai/shebao/contributions?idNumber=310104198506150015&year=2025');
    const months = body.data.months as Json[];
    expect(months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    for (const m of months) {
      expect(m.pension.personal).toBeCloseTo(m.paymentBase * 0.08, 2);
      expect(m.pension.employer).toBeCloseTo(m.paymentBase * 0.16, 2);
      expect(m.medical.personal).toBeCloseTo(m.paymentBase * 0.02, 2);
      expect(m.unemployment.personal).toBeCloseTo(m.paymentBase * 0.005, 1);
      expect(m.workInjury.personal).toBe(0);
      expect(m.maternity.personal).toBe(0);
    }
    const current = await get('/shanghai/shebao/contributions?idNumber=310104198506150015&year=2026');
    expect(current.data.months.map((m: Json) => m.month)).toEqual(['2026-01', '2026-02']);
    const yearly = await get('/shanghai/shebao/yearly?idNumber=310104198506150015');
    expect(yearly.data.years.map((y: Json) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(yearly.data.years[3].personalTotal).toBeCloseTo(body.data.personalTotal, 2);
  });

  it('Shanghai: errors in its dialect', async () => {
    expect(await get('/shanghai/shebao/account?idNumber=510107198802280013')).toEqual({
      code: '1001',
      message: '未查询到参保信息',
      data: null,
    });
    expect((await get('/shanghai/shebao/account?idNumber=310104198506150016')).code).toBe('1002');
    expect((await get('/shanghai/shebao/resident-medical?idNumber=310104198506150015&year=2026')).code).toBe('1003');
    expect((await server.send('GET', '/shanghai/shebao/account?idNumber=310104198506150015')).status).toBe(401);
  });

  it('Shanghai: resident medical insurance is due, recorded once per trade number', async () => {
    const due = await get('/shanghai/shebao/resident-medical?idNumber=310101195803200047&year=2026');
    expect(due.data).toMatchObject({ year: 2026, category: '60周岁以上居民', amountDue: 705, status: '未缴费', tradeNo: null });
    const pay = { idNumber: '310101195803200047', year: 2026, tradeNo: '4200202603025613864951445073', amount: 705 };
    expect((await post('/shanghai/shebao/resident-medical/payments', { ...pay, amount: 700 })).code).toBe('1006');
    const first = await post('/shanghai/shebao/resident-medical/payments', pay);
    expect(first.data).toMatchObject({ status: '已缴费', tradeNo: pay.tradeNo, paidAt: '2026-03-02 08:15:00' });
    expect(await post('/shanghai/shebao/resident-medical/payments', pay)).toEqual(first);
    expect((await post('/shanghai/shebao/resident-medical/payments', { ...pay, tradeNo: 'OTHER-TRADE-1' })).code).toBe('1005');
    expect(
      (await post('/shanghai/shebao/resident-medical/payments', { ...pay, idNumber: '310104202305180022', amount: 245 })).code,
    ).toBe('1004');
    expect((await get('/shanghai/shebao/resident-medical?idNumber=310101195803200047&year=2026')).data.status).toBe('已缴费');
    expect((await events('shanghai-shebao')).residentPaymentRecorded).toBe(1);
    const child = await get('/shanghai/shebao/resident-medical?idNumber=310104202305180022&year=2026');
    expect(child.data).toMatchObject({ category: '中小学生和婴幼儿', amountDue: 245 });
  });

  it('Chengdu: flag envelope, fen, yyyyMM, national insurance codes', async () => {
    const account = await get('/chengdu/shebao/cbxx?aac002=510107198802280013');
    expect(account).toMatchObject({ flag: '1', result: { aac003: '刘洋', cblx: '城镇职工', cbzt: '正常参保', scbrq: '201007' } });
    expect(Number.isInteger(account.result.jfjs)).toBe(true);
    expect(account.result.jfjs).toBeGreaterThanOrEqual(454300);
    expect(account.result.jfjs).toBeLessThanOrEqual(2271600);
    const detail = await get('/chengdu/shebao/jfmx?aac002=510107198802280013&nd=2025');
    expect(detail.total).toBe(48);
    expect(new Set(detail.rows.map((r: Json) => r.aae140))).toEqual(new Set(['110', '310', '210', '410']));
    const pension = detail.rows.find((r: Json) => r.ssq === '202501' && r.aae140 === '110');
    expect(pension.grjf).toBe(Math.round(pension.jfjs * 0.08));
    expect(pension.dwjf).toBe(Math.round(pension.jfjs * 0.16));
    const suspended = await get('/chengdu/shebao/cbxx?aac002=51010919791224007X');
    expect(suspended.result.cbzt).toBe('暂停');
    const lastYear = await get('/chengdu/shebao/jfmx?aac002=51010919791224007X&nd=2025');
    expect(lastYear.total).toBe(9 * 4);
    const yearly = await get('/chengdu/shebao/ndhz?aac002=510107198802280013');
    expect(yearly.rows.map((r: Json) => r.nd)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(await get('/chengdu/shebao/cbxx?aac002=310104198506150015')).toEqual({ flag: '0', errcode: 'E1001', msg: '无参保记录' });
  });

  it('Chengdu: resident medical insurance, idempotent by jylsh', async () => {
    const due = await get('/chengdu/shebao/jmyb?aac002=510105196510010052&nd=2026');
    expect(due.result).toMatchObject({ nd: '2026', yjje: 42000, jfzt: '0', jylsh: '' });
    const pay = { aac002: '510105196510010052', nd: '2026', jylsh: 'CDPAY-0001', je: 42000 };
    const first = await post('/chengdu/shebao/jmyb/jf', pay);
    expect(first).toMatchObject({ flag: '1', msg: '缴费成功', result: { jfzt: '1', jylsh: 'CDPAY-0001', jfsj: '20260302081500' } });
    expect(await post('/chengdu/shebao/jmyb/jf', pay)).toEqual(first);
    expect((await post('/chengdu/shebao/jmyb/jf', { ...pay, jylsh: 'CDPAY-0002' })).errcode).toBe('E1005');
    expect((await post('/chengdu/shebao/jmyb/jf', { ...pay, je: 420 })).errcode).toBe('E1006');
    expect((await events('chengdu-shebao')).residentPaymentRecorded).toBe(1);
  });

  it('answers injected errors in each dialect', async () => {
    await server.send('PUT', '/__control/faults/chengdu-shebao', { errorRate: 1 });
    const response = await server.signedGet('/chengdu/shebao/cbxx?aac002=510107198802280013');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ flag: '0', errcode: 'E9999', msg: '系统异常' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';
import { PERSONAS } from '../identity/personas.js';
import { findFundAccount } from './model.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const parser = new XMLParser({ parseTagValue: false });

describe('housing provident fund', () => {
  let server: TestServer;
  const json = async (path: string): Promise<Json> => (await server.signedGet(path)).json() as Promise<Json>;
  const xml = async (path: string) => {
    const response = await server.signedGet(path);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    return { status: response.status, body: parser.parse(await response.text()).Response as Json };
  };

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  afterAll(() => server.close());

  it('keeps every employee within the city rate range, personal = employer', () => {
    for (const persona of PERSONAS.filter((p) => p.kind === 'employee')) {
      const account = findFundAccount(persona.idNumber, persona.city, { year: 2026, month: 3 })!;
      expect(account).not.toBeNull();
      expect(account.ratePercent).toBeGreaterThanOrEqual(5);
      expect(account.ratePercent).toBeLessThanOrEqual(persona.city === 'shanghai' ? 7 : 12);
      expect(account.monthlyPersonal).toBe(account.monthlyEmployer);
      expect(account.balance).toBeGreaterThan(0);
    }
    expect(findFundAccount('310101195803200047', 'shanghai', { year: 2026, month: 3 })).toBeNull();
  });

  it('Shanghai: yuan strings, 24 months of deposits, loan rules', async () => {
    const account = await json('/shanghai/gjj/account?zjhm=310104198506150015');
    expect(account).toMatchObject({ success: true, errorCode: null, result: { name: '张伟', status: '正常', lastDepositMonth: '2026-02' } });
    expect(account.result.balance).toMatch(/^\d+\.\d{2}$/);
    expect(account.result.personalRate).toMatch(/^[5-7]%$/);
    const deposits = await json('/shanghai/gjj/deposits?zjhm=310104198506150015');
    expect(deposits.result.records).toHaveLength(24);
    expect(deposits.result.records[0]).toMatchObject({ month: '2026-02', type: '汇缴' });
    expect(deposits.result.records[23].month).toBe('2024-03');
    const rules = await json('/shanghai/gjj/loan-rules');
    expect(rules.result.maxLoan.firstHome).toEqual({ single: '800000.00', family: '1600000.00' });
    expect(rules.result.rates).toContainEqual({ home: '首套', term: '5年以上', rate: '2.6%' });
    expect(await json('/shanghai/gjj/account?zjhm=510107198802280013')).toEqual({
      success: false,
      errorCode: 'ACCOUNT_NOT_FOUND',
      errorMsg: '未查询到公积金账户',
      result: null,
    });
    expect((await json('/shanghai/gjj/account?zjhm=123')).errorCode).toBe('PARAM_INVALID');
  });

  it('Chengdu: XML, fen, yyyyMM, sealed account after suspension', async () => {
    const { body } = await xml('/chengdu/gjj/GrzhQuery?sfzh=510107198802280013');
    expect(body.Code).toBe('0');
    expect(body.Account.Xm).toBe('刘洋');
    expect(body.Account.Zhjcny).toBe('202602');
    expect(Number(body.Account.Yjce)).toBe(Number(body.Account.Gryjce) * 2);
    const sealed = await xml('/chengdu/gjj/GrzhQuery?sfzh=51010919791224007X');
    expect(sealed.body.Account.Zhzt).toBe('封存');
    const history = await xml('/chengdu/gjj/JcmxQuery?sfzh=51010919791224007X');
    expect(history.body.Records.Record[0].Jcny).toBe('202509');
    const policy = await xml('/chengdu/gjj/DkzcQuery');
    expect(policy.body.Policy.BalanceMultiple).toBe('15');
    expect(policy.body.Policy.Rates.Rate[1].Value).toBe('0.026');
    const missing = await xml('/chengdu/gjj/GrzhQuery?sfzh=310104198506150015');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ Code: '1001', Message: '个人账户不存在' });
    expect((await xml('/chengdu/gjj/GrzhQuery')).status).toBe(400);
  });
});

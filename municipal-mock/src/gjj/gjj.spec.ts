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

  describe('yearly balance statements', () => {
    const NOW = { year: 2026, month: 3 };

    it('runs one row per calendar year from the year opened, each opening on the last closing and adding up', () => {
      const employees = PERSONAS.filter((p) => p.kind === 'employee');
      for (const persona of employees) {
        const account = findFundAccount(persona.idNumber, persona.city, NOW)!;
        const years = account.years;
        expect(years.map((y) => y.year)).toEqual(
          Array.from({ length: 2026 - Number(account.openedOn.slice(0, 4)) + 1 }, (_, i) => Number(account.openedOn.slice(0, 4)) + i),
        );
        expect(years[0].opening).toBe(0);
        years.forEach((y, i) => {
          if (i > 0) expect(y.opening).toBe(years[i - 1].closing);
          expect(y.opening + y.deposits + y.interest - y.withdrawals).toBe(y.closing);
          expect(y.through).toBe(y.year === 2026 ? '2026-03' : `${y.year}-12`);
          // interest is 1.5 % of the balance on 30 June, credited only in a year that reached June
          if (y.interest > 0) expect(y.interest).toBeLessThanOrEqual(Math.round((y.opening + y.deposits) * 0.015) + 1);
          if (i < years.length - 1) expect(y.withdrawals).toBe(0);
        });
        expect(years[years.length - 1].closing).toBe(account.balance);
        // a full past year holds twelve months of deposits at both shares
        const full = years.find((y) => y.year === 2024)!;
        expect(full.deposits).toBeGreaterThanOrEqual(12 * 2 * account.monthlyPersonal * 0.5);
      }
      // about half the personas took money out this year, and the others did not
      const withdrew = employees.filter((p) => findFundAccount(p.idNumber, p.city, NOW)!.years.at(-1)!.withdrawals > 0);
      expect(withdrew.length).toBeGreaterThan(0);
      expect(withdrew.length).toBeLessThan(employees.length);
    });

    it('deposits and interest stop once an account is sealed', () => {
      const sealed = findFundAccount('51010919791224007X', 'chengdu', NOW)!;
      expect(sealed.status).toBe('封存');
      const y2025 = sealed.years.find((y) => y.year === 2025)!;
      const y2024 = sealed.years.find((y) => y.year === 2024)!;
      expect(y2025.deposits).toBeLessThan(y2024.deposits); // January to September only
      expect(sealed.years.at(-1)).toMatchObject({ year: 2026, deposits: 0, interest: 0 });
    });

    it('Shanghai: statements newest first in yuan strings, the latest closing on the account balance, for every persona', async () => {
      for (const persona of PERSONAS) {
        const account = await json(`/shanghai/gjj/account?zjhm=${persona.idNumber}`);
        const statements = await json(`/shanghai/gjj/statements?zjhm=${persona.idNumber}`);
        if (!account.success) {
          expect(statements).toEqual({ success: false, errorCode: 'ACCOUNT_NOT_FOUND', errorMsg: '未查询到公积金账户', result: null });
          continue;
        }
        const rows = statements.result.statements as Json[];
        expect(rows[0]).toMatchObject({ year: '2026', endMonth: '2026-03', closingBalance: account.result.balance });
        expect(rows.at(-1)!.year).toBe(account.result.openedOn.slice(0, 4));
        expect(rows.at(-1)!.openingBalance).toBe('0.00');
        for (const row of rows) {
          for (const key of ['openingBalance', 'deposited', 'interest', 'withdrawn', 'closingBalance']) expect(row[key]).toMatch(/^\d+\.\d{2}$/);
          const sum = Number(row.openingBalance) + Number(row.deposited) + Number(row.interest) - Number(row.withdrawn);
          expect(sum).toBeCloseTo(Number(row.closingBalance), 2);
        }
      }
      expect((await json('/shanghai/gjj/statements?zjhm=123')).errorCode).toBe('PARAM_INVALID');
    });

    it('Chengdu: XML records oldest first in fen, the latest Qmye on the account Ye, for every persona', async () => {
      for (const persona of PERSONAS) {
        const account = await xml(`/chengdu/gjj/GrzhQuery?sfzh=${persona.idNumber}`);
        const statements = await xml(`/chengdu/gjj/NdjzQuery?sfzh=${persona.idNumber}`);
        if (account.status !== 200) {
          expect(statements).toEqual({ status: 404, body: { Code: '1001', Message: '个人账户不存在' } });
          continue;
        }
        const rows = ([] as Json[]).concat(statements.body.Records.Record);
        expect(statements.body.Total).toBe(String(rows.length));
        expect(rows[0]).toMatchObject({ Nd: account.body.Account.Khrq.slice(0, 4), Qcye: '0' });
        expect(rows.at(-1)).toMatchObject({ Nd: '2026', Jzny: '202603', Qmye: account.body.Account.Ye });
        for (const row of rows) {
          for (const key of ['Qcye', 'Bnjce', 'Bnlx', 'Bntqe', 'Qmye']) expect(row[key]).toMatch(/^\d+$/);
          expect(Number(row.Qcye) + Number(row.Bnjce) + Number(row.Bnlx) - Number(row.Bntqe)).toBe(Number(row.Qmye));
        }
      }
      const bad = await xml('/chengdu/gjj/NdjzQuery?sfzh=abc');
      expect(bad).toEqual({ status: 400, body: { Code: '1002', Message: '参数错误：sfzh' } });
    });
  });
});

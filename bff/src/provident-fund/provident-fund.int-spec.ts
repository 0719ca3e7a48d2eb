import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, PERSONAS, boundCitizens, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { ShanghaiProvidentFundClient } from './clients/shanghai-provident-fund.client';
import { monthlyInstalment } from './loan-estimate';

const YANG_JING = { name: '杨静', idNumber: '510104199507120020' };
const HUANG_LEI = { name: '黄磊', idNumber: '51010919791224007X' };
const ZHAO_JIANGUO = { name: '赵建国', idNumber: '510105196510010052' };

describe('provident fund: my own account, from my city, by my verified identity', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13500000000;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  /** Each persona is bound once, to one account, for the whole file. */
  const boundCitizen = boundCitizens(() => ({ bff, mock, phone: String(++phones) }));

  it('chengdu: summary with balance, monthly deposit personal and employer, rate, status and opening date, never cached', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(login));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body).toEqual({
      city: 'chengdu',
      status: 'active',
      openedOn: '2010-07-15',
      balance: 218492.9,
      depositBase: 14402,
      personalRate: 0.05,
      employerRate: 0.05,
      monthly: { personal: 720.1, employer: 720.1, total: 1440.2 },
      lastDepositMonth: '2026-02',
    });
  });

  it('chengdu: deposits newest first, 24 by default, fewer when asked', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const all = await bff.get('/api/v1/cities/chengdu/provident-fund/deposits', bearer(login));
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('private, no-store');
    expect(all.body.deposits).toHaveLength(24);
    expect(all.body.deposits[0]).toEqual({ month: '2026-02', kind: '汇缴', personal: 720.1, employer: 720.1, total: 1440.2 });
    const six = await bff.get('/api/v1/cities/chengdu/provident-fund/deposits?months=6', bearer(login));
    expect(six.body.deposits.map((d: { month: string }) => d.month)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11', '2025-10', '2025-09']);
  });

  it('chengdu: a loan estimate by Chengdu’s published rules, bounded by the city cap, in equal instalments', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const single = await bff.get('/api/v1/cities/chengdu/provident-fund/loan-estimate?earners=1&home=first&years=30', bearer(login));
    expect(single.status).toBe(200);
    expect(single.headers.get('cache-control')).toBe('private, no-store');
    expect(single.body).toMatchObject({
      city: 'chengdu', eligible: true, ineligibleReason: null, maxAmount: 700000, maxBoundBy: 'cityCap', amount: 700000,
      limits: { cityCap: 700000, balanceLimit: 3277393.5 }, annualRate: 0.026, months: 360,
    });
    expect(single.body.rules).toMatchObject({ balanceMultiple: 15, maxTermYears: 30, minDepositMonths: 6 });
    expect(single.body.monthlyPayment).toBeCloseTo(monthlyInstalment(700000, 0.026, 360), 2);
    expect(single.body.totalInterest).toBeCloseTo(single.body.monthlyPayment * 360 - 700000, 1);

    const family = await bff.get('/api/v1/cities/chengdu/provident-fund/loan-estimate?earners=2&home=second&years=5&amount=300000', bearer(login));
    expect(family.body).toMatchObject({ maxAmount: 800000, amount: 300000, amountBoundBy: 'requested', annualRate: 0.02525, months: 60 });
  });

  it('chengdu: the balance at each year end since the account opened, oldest first, the last on the summary’s balance, never cached', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get('/api/v1/cities/chengdu/provident-fund/balances', bearer(login));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body.city).toBe('chengdu');
    const points = res.body.points as Array<{ year: number; through: string; balance: number; deposits: number; interest: number; withdrawals: number }>;
    expect(points.map((p) => p.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    expect(points.at(-2)).toEqual({ year: 2025, through: '2025-12', balance: 215612.5, deposits: 16909.8, interest: 3058.69, withdrawals: 0 });
    expect(points.at(-1)).toEqual({ year: 2026, through: '2026-03', balance: 218492.9, deposits: 2880.4, interest: 0, withdrawals: 0 });
    points.forEach((p, i) => {
      const before = i === 0 ? 0 : points[i - 1].balance;
      expect(before + p.deposits + p.interest - p.withdrawals).toBeCloseTo(p.balance, 2);
    });
    const summary = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(login));
    expect(points.at(-1)!.balance).toBe(summary.body.balance);
  });

  it('offers no loan on a sealed account', async () => {
    const login = await boundCitizen(HUANG_LEI);
    const summary = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(login));
    expect(summary.body).toMatchObject({ status: 'sealed', lastDepositMonth: '2025-09' });
    const res = await bff.get('/api/v1/cities/chengdu/provident-fund/loan-estimate?earners=1&home=first&years=20', bearer(login));
    expect(res.body).toMatchObject({ eligible: false, ineligibleReason: 'accountSealed', maxAmount: 0, monthlyPayment: 0 });
    const balances = await bff.get('/api/v1/cities/chengdu/provident-fund/balances', bearer(login));
    expect(balances.body.points.at(-1)).toMatchObject({ year: 2026, deposits: 0, interest: 0, balance: summary.body.balance });
  });

  it('never shows one citizen another’s account', async () => {
    const liu = await boundCitizen(PERSONAS.liuYang);
    const yang = await boundCitizen(YANG_JING);
    const mine = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(yang));
    const his = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(liu));
    expect(mine.status).toBe(200);
    expect(mine.body.balance).not.toBe(his.body.balance);
    expect(mine.body.openedOn).not.toBe(his.body.openedOn);
    // No parameter can name somebody else: the identity number is never an input.
    const smuggled = await bff.get(`/api/v1/cities/chengdu/provident-fund/summary?idNumber=${PERSONAS.liuYang.idNumber}`, bearer(yang));
    expect(smuggled.status).toBe(200);
    expect(smuggled.body.balance).toBe(mine.body.balance);
    const myBalances = await bff.get('/api/v1/cities/chengdu/provident-fund/balances', bearer(yang));
    expect(myBalances.status).toBe(200);
    expect(myBalances.body.points[0].year).toBe(Number(mine.body.openedOn.slice(0, 4)));
    expect(myBalances.body.points.at(-1).balance).toBe(mine.body.balance);
    const hisBalances = await bff.get(`/api/v1/cities/chengdu/provident-fund/balances?idNumber=${PERSONAS.liuYang.idNumber}`, bearer(yang));
    expect(hisBalances.status).toBe(200);
    expect(hisBalances.body).toEqual(myBalances.body);
    const deposits = await bff.get(`/api/v1/cities/chengdu/provident-fund/deposits?sfzh=${PERSONAS.liuYang.idNumber}`, bearer(yang));
    expect(deposits.status).toBe(400);
    expect(deposits.body.details[0].field).toBe('sfzh');
  });

  it('asks for a sign-in, then the real-name binding', async () => {
    for (const path of ['summary', 'deposits', 'balances', 'loan-estimate?earners=1&home=first&years=30']) {
      expect((await bff.get(`/api/v1/cities/chengdu/provident-fund/${path}`)).status).toBe(401);
    }
    const login = await signInBySms(bff, mock, String(++phones));
    const res = await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(login));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
  });

  it('answers 404 in plain words where the city has no account, and for a city the catalog gives no provident fund portal', async () => {
    const zhao = await boundCitizen(ZHAO_JIANGUO);
    for (const path of ['summary', 'deposits', 'balances', 'loan-estimate?earners=1&home=first&years=30']) {
      const res = await bff.get(`/api/v1/cities/chengdu/provident-fund/${path}`, bearer(zhao));
      expect(res.status).toBe(404);
      expect(res.body.message).toContain('no housing provident fund account');
    }
    const zhang = await boundCitizen(PERSONAS.zhangWei);
    for (const city of ['shanghai', 'yinchuan']) {
      const res = await bff.get(`/api/v1/cities/${city}/provident-fund/summary`, bearer(zhang));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_NOT_IN_CITY');
    }
  });

  it.each([
    ['deposits?months=0', 'months'],
    ['deposits?months=25', 'months'],
    ['deposits?months=abc', 'months'],
    ['loan-estimate?home=first&years=30', 'earners'],
    ['loan-estimate?earners=3&home=first&years=30', 'earners'],
    ['loan-estimate?earners=1&years=30', 'home'],
    ['loan-estimate?earners=1&home=third&years=30', 'home'],
    ['loan-estimate?earners=1&home=first', 'years'],
    ['loan-estimate?earners=1&home=first&years=0', 'years'],
    ['loan-estimate?earners=1&home=first&years=31', 'years'],
    ['loan-estimate?earners=1&home=first&years=2.5', 'years'],
    ['loan-estimate?earners=1&home=first&years=30&amount=abc', 'amount'],
    ['loan-estimate?earners=1&home=first&years=30&amount=500', 'amount'],
    ['loan-estimate?earners=1&home=first&years=30&amount=300000.123', 'amount'],
  ])('names the bad field: %s', async (path, field) => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get(`/api/v1/cities/chengdu/provident-fund/${path}`, bearer(login));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining([field]));
    expect(new Set(res.body.details.map((d: { field: string }) => d.field))).toEqual(new Set([field]));
  });

  it('answers a plain 503, never a stale personal answer, when the city’s system fails', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    expect((await bff.get('/api/v1/cities/chengdu/provident-fund/summary', bearer(login))).status).toBe(200);
    await mock.control('PUT', '/faults/chengdu-gjj', { errorRate: 1 });
    try {
      for (const path of ['summary', 'deposits', 'balances']) {
        const down = await bff.get(`/api/v1/cities/chengdu/provident-fund/${path}`, bearer(login));
        expect(down.status).toBe(503);
        expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
        expect(JSON.stringify(down.body)).not.toContain('系统');
      }
    } finally {
      await mock.control('DELETE', '/faults');
    }
  });

  it('shanghai’s dialect, against the real system: yuan strings, percentage rates and the loan rules', async () => {
    const client = bff.app.get(ShanghaiProvidentFundClient);
    expect(await client.getSummary(PERSONAS.zhangWei.idNumber)).toMatchObject({ status: 'active', openedOn: '2007-07-15', balance: 499628.09, personalRate: 0.05, monthly: { personal: 1439, employer: 1439, total: 2878 } });
    expect(await client.getDeposits(PERSONAS.zhangWei.idNumber)).toHaveLength(24);
    expect(await client.getLoanRules()).toMatchObject({ maxLoan: { first: { single: 800000, family: 1600000 } }, balanceMultiple: 30, rates: { second: { over5Years: 0.03075 } } });
    await expect(client.getSummary(PERSONAS.liuYang.idNumber)).rejects.toMatchObject({ status: 404 });
    // 陈浩 took money out this year: the withdrawal sits in this year's point, which closes on his balance.
    const chen = '31010620010809003X';
    const [summary, points] = await Promise.all([client.getSummary(chen), client.getBalances(chen)]);
    expect(points.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(points.at(-1)).toMatchObject({ year: 2026, through: '2026-03', withdrawals: 7186.01, balance: summary.balance });
    expect(points.slice(0, -1).every((p) => p.withdrawals === 0)).toBe(true);
    expect((await client.getBalances(PERSONAS.zhangWei.idNumber)).at(-1)!.balance).toBe(499628.09);
    await expect(client.getBalances(PERSONAS.liuYang.idNumber)).rejects.toMatchObject({ status: 404 });
  });
});

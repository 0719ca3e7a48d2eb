import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, PERSONAS, boundCitizens, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

const YANG_JING = { name: '杨静', idNumber: '510104199507120020' };

describe('personal income tax: my own tax year, from the national system, where my city offers it', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13600000000;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  const boundCitizen = boundCitizens(() => ({ bff, mock, phone: String(++phones) }));

  it('chengdu: income by type, tax withheld and a refund from the reconciliation, never cached', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024', bearer(login));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body).toMatchObject({
      city: 'chengdu',
      year: 2024,
      income: [
        { type: 'wages', label: '工资薪金', income: 225454.56, taxWithheld: 7609.9, payments: 12 },
        { type: 'labour', label: '劳务报酬', income: 42592, taxWithheld: 6763.92, payments: 4 },
      ],
      incomeTotal: 268046.56,
      taxWithheldTotal: 14373.82,
      reconciliation: { comprehensiveIncome: 259528.16, taxPayable: 10217.26, taxWithheld: 14373.82, outcome: 'refund', outcomeLabel: '申请退税', refund: 4156.56, amountDue: 0 },
    });
    expect(res.body.reconciliation.specialAdditionalDeductions.map((d: { type: string }) => d.type)).toEqual(['infantCare', 'elderlySupport']);
  });

  it('chengdu: a year with nothing to settle', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2025', bearer(login));
    expect(res.body.reconciliation).toMatchObject({ outcome: 'none', refund: 0, amountDue: 0 });
  });

  it('never shows one citizen another’s tax year', async () => {
    const liu = await boundCitizen(PERSONAS.liuYang);
    const yang = await boundCitizen(YANG_JING);
    const mine = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024', bearer(yang));
    const his = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024', bearer(liu));
    expect(mine.status).toBe(200);
    expect(mine.body.incomeTotal).not.toBe(his.body.incomeTotal);
    const smuggled = await bff.get(`/api/v1/cities/chengdu/personal-tax/annual?year=2024&zjhm=${PERSONAS.liuYang.idNumber}`, bearer(yang));
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.details[0].field).toBe('zjhm');
  });

  it('is not offered in Shanghai, whose catalog has no income tax portal, nor in Yinchuan', async () => {
    const login = await boundCitizen(PERSONAS.zhangWei);
    for (const city of ['shanghai', 'yinchuan']) {
      const res = await bff.get(`/api/v1/cities/${city}/personal-tax/annual?year=2024`, bearer(login));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_NOT_IN_CITY');
    }
  });

  it('answers 404 in plain words for a citizen the tax system does not know', async () => {
    const login = await boundCitizen(PERSONAS.liuYinuo);
    const res = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2025', bearer(login));
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('no taxpayer record');
  });

  it('asks for a sign-in, then the real-name binding', async () => {
    expect((await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024')).status).toBe(401);
    const login = await signInBySms(bff, mock, String(++phones));
    const res = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024', bearer(login));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
  });

  it('names a bad or missing year', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    for (const query of ['', '?year=2022', '?year=2026', '?year=abc', '?year=2024.5']) {
      const res = await bff.get(`/api/v1/cities/chengdu/personal-tax/annual${query}`, bearer(login));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details[0].field).toBe('year');
      expect(res.body.details[0].message).toContain('2023 to 2025');
    }
  });

  it('answers a plain 503, never a stale personal answer, when the tax system fails', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    await mock.control('PUT', '/faults/tax', { errorRate: 1 });
    try {
      const down = await bff.get('/api/v1/cities/chengdu/personal-tax/annual?year=2024', bearer(login));
      expect(down.status).toBe(503);
      expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await mock.control('DELETE', '/faults');
    }
  });
});

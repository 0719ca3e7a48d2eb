import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, PERSONAS, signInAndBind, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

describe('social insurance: my own, from my city, by my verified identity', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13400000000;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  async function boundCitizen(persona: { name: string; idNumber: string }) {
    const login = await signInAndBind(bff, mock, String(++phones), persona);
    return login;
  }

  it.each([
    ['shanghai', PERSONAS.zhangWei],
    ['chengdu', PERSONAS.liuYang],
  ])('%s: summary, contributions by insurance and month, and yearly totals, in one shape', async (city, persona) => {
    const login = await boundCitizen(persona);
    const summary = await bff.get(`/api/v1/cities/${city}/social-insurance/summary`, bearer(login));
    expect(summary.status).toBe(200);
    expect(summary.headers.get('cache-control')).toBe('private, no-store');
    expect(summary.body).toMatchObject({ city, insuredType: 'employee', status: 'active', monthsPaid: expect.any(Number), employer: expect.any(String) });
    expect(summary.body.paymentBase).toBeGreaterThan(4000);

    const contributions = await bff.get(`/api/v1/cities/${city}/social-insurance/contributions?year=2025`, bearer(login));
    expect(contributions.status).toBe(200);
    expect(contributions.body.months).toHaveLength(12);
    const january = contributions.body.months[0];
    expect(january.month).toBe('2025-01');
    expect(january.byInsurance.pension.personal).toBeCloseTo(january.paymentBase * 0.08, 1);
    expect(january.byInsurance.pension.employer).toBeCloseTo(january.paymentBase * 0.16, 1);
    const sum = Object.values(january.byInsurance as Record<string, { personal: number }>).reduce((s, v) => s + v.personal, 0);
    expect(january.personalTotal).toBeCloseTo(sum, 2);

    const yearly = await bff.get(`/api/v1/cities/${city}/social-insurance/yearly`, bearer(login));
    expect(yearly.status).toBe(200);
    const y2025 = yearly.body.years.find((y: { year: number }) => y.year === 2025);
    expect(y2025.personalTotal).toBeCloseTo(contributions.body.personalTotal, 0);
  });

  it('keeps Chengdu maternity merged into medical, as Chengdu collects it', async () => {
    const login = await boundCitizen({ name: '杨静', idNumber: '510104199507120020' });
    const res = await bff.get('/api/v1/cities/chengdu/social-insurance/contributions?year=2025', bearer(login));
    expect(Object.keys(res.body.months[0].byInsurance).sort()).toEqual(['medical', 'pension', 'unemployment', 'workInjury']);
  });

  it('asks for the real-name binding first, and a sign-in before that', async () => {
    expect((await bff.get('/api/v1/cities/shanghai/social-insurance/summary')).status).toBe(401);
    const login = await signInBySms(bff, mock, String(++phones));
    const res = await bff.get('/api/v1/cities/shanghai/social-insurance/summary', bearer(login));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
  });

  it('answers 404 in plain words where the city has no record of the citizen, and for a city without the service', async () => {
    const login = await boundCitizen(PERSONAS.wangFang);
    const chengdu = await bff.get('/api/v1/cities/chengdu/social-insurance/summary', bearer(login));
    expect(chengdu.status).toBe(404);
    expect(chengdu.body.message).toContain('no social insurance record');
    expect((await bff.get('/api/v1/cities/yinchuan/social-insurance/summary', bearer(login))).body.code).toBe('SERVICE_NOT_IN_CITY');
  });

  it('names a bad year', async () => {
    const login = await boundCitizen({ name: '陈浩', idNumber: '31010620010809003X' });
    for (const year of ['abc', '1800', '', '2025.5']) {
      const res = await bff.get(`/api/v1/cities/shanghai/social-insurance/contributions?year=${year}`, bearer(login));
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('year');
    }
  });

  it('never serves one citizen’s answer to another, nor stale, when the system fails', async () => {
    const zhang = await boundCitizen({ name: '李秀英', idNumber: '310101195803200047' });
    const ok = await bff.get('/api/v1/cities/shanghai/social-insurance/summary', bearer(zhang));
    expect(ok.body.insuredType).toBe('resident');
    await mock.control('PUT', '/faults/shanghai-shebao', { errorRate: 1 });
    try {
      const down = await bff.get('/api/v1/cities/shanghai/social-insurance/summary', bearer(zhang));
      expect(down.status).toBe(503);
      expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await mock.control('DELETE', '/faults');
    }
  });
});

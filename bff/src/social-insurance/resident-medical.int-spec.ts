import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { PRIVACY_NOTICE_VERSION } from '@portal/shared';
import { DataSource } from 'typeorm';
import { bearer, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

/** 李秀英 (Shanghai) and 赵建国 (Chengdu) are resident-insured personas of the mock; 张伟 is an employee. */
const LI = { name: '李秀英', idNumber: '310101195803200047' };
const ZHAO = { name: '赵建国', idNumber: '510105196510010052' };
const ZHANG = { name: '张伟', idNumber: '310104198506150015' };

describe('paying the resident medical insurance, once', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13300000000;
  let signedIn: { accessToken: string }[] = [];

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
  });

  // Each test's citizens delete their data afterwards, which frees the personas' identities.
  afterEach(async () => {
    for (const login of signedIn) await bff.request('DELETE', '/api/v1/me', undefined, bearer(login));
    signedIn = [];
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  async function citizen(persona: { name: string; idNumber: string }, fresh = true) {
    if (fresh) await mock.control('POST', '/reset');
    const login = await signInBySms(bff, mock, String(++phones));
    signedIn.push(login);
    await bff.request('POST', '/api/v1/me/privacy', { version: PRIVACY_NOTICE_VERSION }, bearer(login));
    expect((await bff.request('POST', '/api/v1/me/identity', persona, bearer(login))).status).toBe(200);
    return login;
  }

  async function ordersCreated(): Promise<number> {
    const stats = (await mock.control('GET', '/stats')) as { services: Record<string, { events?: Record<string, number> }> };
    return stats.services.pay?.events?.orderCreated ?? 0;
  }

  it.each([
    ['shanghai', LI, 705],
    ['chengdu', ZHAO, 420],
  ])('%s: shows the amount due, pays it with one key twice (a retry) and charges once, with the same receipt', async (city, persona, amount) => {
    const login = await citizen(persona);
    const status = await bff.get(`/api/v1/cities/${city}/social-insurance/resident-medical?year=2026`, bearer(login));
    expect(status.body).toMatchObject({ city, year: 2026, amountDue: amount, status: 'unpaid', paidAt: null });

    const headers = { ...bearer(login), 'idempotency-key': `key-${city}-0001` };
    const first = await bff.request('POST', `/api/v1/cities/${city}/social-insurance/resident-medical/payments`, { year: 2026 }, headers);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ city, year: 2026, amount, reference: expect.stringMatching(/^RM2026/), tradeNo: expect.any(String) });
    const retry = await bff.request('POST', `/api/v1/cities/${city}/social-insurance/resident-medical/payments`, { year: 2026 }, headers);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await ordersCreated()).toBe(1);

    const after = await bff.get(`/api/v1/cities/${city}/social-insurance/resident-medical?year=2026`, bearer(login));
    expect(after.body.status).toBe('paid');

    const another = await bff.request('POST', `/api/v1/cities/${city}/social-insurance/resident-medical/payments`, { year: 2026 }, { ...bearer(login), 'idempotency-key': `key-${city}-0002` });
    expect(another.status).toBe(409);
    expect(another.body.code).toBe('ALREADY_PAID');
  });

  it('pays once for a double tap: two requests at the same moment with the same key', async () => {
    const login = await citizen(LI);
    const headers = { ...bearer(login), 'idempotency-key': 'double-tap-0001' };
    const [a, b] = await Promise.all([
      bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, headers),
      bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, headers),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.paymentId).toBe(b.body.paymentId);
    expect(await ordersCreated()).toBe(1);
    const rows: unknown[] = await bff.app.get(DataSource).query('SELECT * FROM payments WHERE user_id = ?', [login.userId]);
    expect(rows).toHaveLength(1);
  });

  it('finishes a payment cut off half-way when the citizen retries with the same key', async () => {
    const login = await citizen(LI);
    const headers = { ...bearer(login), 'idempotency-key': 'resume-00000001' };
    await mock.control('PUT', '/faults/shanghai-shebao', { errorRate: 1 });
    let cut;
    try {
      // The payment service takes the money; recording it with the insurance system fails.
      cut = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, headers);
    } finally {
      await mock.control('DELETE', '/faults');
    }
    expect(cut.status).toBe(503);
    const retry = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, headers);
    expect(retry.status).toBe(200);
    expect(await ordersCreated()).toBe(1);
  });

  it('refuses the same key for a different payment, a missing key, and an employee', async () => {
    const login = await citizen(LI);
    const key = { 'idempotency-key': 'reused-key-0001' };
    expect((await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, { ...bearer(login), ...key })).status).toBe(200);
    const other = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2027 }, { ...bearer(login), ...key });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const missing = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2027 }, bearer(login));
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('Idempotency-Key');
    const badYear = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: '2027' }, { ...bearer(login), 'idempotency-key': 'bad-year-0001' });
    expect(badYear.status).toBe(400);
    expect(badYear.body.details[0].field).toBe('year');

    const employee = await citizen(ZHANG, false);
    const refused = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, { ...bearer(employee), 'idempotency-key': 'employee-0001' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('NOT_RESIDENT_INSURED');
    expect(await ordersCreated()).toBe(1);
  });

  it("never shows one citizen's payment to another who reuses their key", async () => {
    const owner = await citizen(LI);
    const paid = await bff.request('POST', '/api/v1/cities/shanghai/social-insurance/resident-medical/payments', { year: 2026 }, { ...bearer(owner), 'idempotency-key': 'shared-key-0001' });
    expect(paid.status).toBe(200);
    const stranger = await citizen(ZHAO, false);
    const theirs = await bff.request('POST', '/api/v1/cities/chengdu/social-insurance/resident-medical/payments', { year: 2026 }, { ...bearer(stranger), 'idempotency-key': 'shared-key-0001' });
    expect(theirs.status).toBe(200);
    expect(theirs.body.paymentId).not.toBe(paid.body.paymentId);
    expect(theirs.body.city).toBe('chengdu');
  });
});

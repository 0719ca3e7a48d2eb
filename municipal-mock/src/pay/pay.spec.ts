import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

const ORDER = { out_trade_no: 'PORTAL20260302000001', total_fee: 37500, body: '2026年度城乡居民医保', payer_id: 'o-alice' };

describe('payment service', () => {
  let server: TestServer;
  const create = async (body: unknown) => {
    const response = await server.signedSend('POST', '/pay/v1/orders', body);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const ordersCreated = async () => {
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { events: Record<string, number> }>;
    };
    return stats.services.pay?.events.orderCreated ?? 0;
  };

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  beforeEach(async () => {
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('creates an order that succeeds at once', async () => {
    const { status, body } = await create(ORDER);
    expect(status).toBe(200);
    expect(body).toEqual({
      return_code: 'SUCCESS',
      out_trade_no: ORDER.out_trade_no,
      trade_no: expect.stringMatching(/^420020260302\d{16}$/),
      trade_state: 'SUCCESS',
      total_fee: 37500,
      body: ORDER.body,
      payer_id: 'o-alice',
      time_end: '20260302081500',
    });
    expect(await ordersCreated()).toBe(1);
    const fetched = await server.signedGet(`/pay/v1/orders/${ORDER.out_trade_no}`);
    expect(await fetched.json()).toEqual(body);
  });

  it('is idempotent by out_trade_no: same amount → same order, no new order; other amount → OUT_TRADE_NO_USED', async () => {
    const first = await create(ORDER);
    await server.send('POST', '/__control/clock', { fixedTime: '2026-03-02T09:00:00+08:00' });
    const again = await Promise.all([create(ORDER), create(ORDER), create(ORDER)]);
    for (const answer of again) expect(answer.body).toEqual(first.body);
    const other = await create({ ...ORDER, total_fee: 100 });
    expect(other.body).toMatchObject({ return_code: 'FAIL', err_code: 'OUT_TRADE_NO_USED' });
    expect(await ordersCreated()).toBe(1);
    await create({ ...ORDER, out_trade_no: 'PORTAL20260302000002' });
    expect(await ordersCreated()).toBe(2);
  });

  it('answers ORDERNOTEXIST and PARAM_ERROR', async () => {
    const missing = await server.signedGet('/pay/v1/orders/NOPE000001');
    expect(await missing.json()).toMatchObject({ return_code: 'FAIL', err_code: 'ORDERNOTEXIST' });
    for (const bad of [
      { ...ORDER, total_fee: 0 },
      { ...ORDER, total_fee: 12.5 },
      { ...ORDER, total_fee: '100' },
      { ...ORDER, out_trade_no: 'a b' },
      { ...ORDER, body: '' },
      { ...ORDER, payer_id: undefined },
    ]) {
      expect((await create(bad)).body).toMatchObject({ return_code: 'FAIL', err_code: 'PARAM_ERROR' });
    }
    expect((await create('not json')).body).toMatchObject({ err_code: 'PARAM_ERROR' });
    expect(await ordersCreated()).toBe(0);
  });

  it('requires a signature and answers SYSTEMERROR when faulted, creating nothing', async () => {
    expect((await server.send('POST', '/pay/v1/orders', ORDER)).status).toBe(401);
    await server.send('PUT', '/__control/faults/pay', { errorRate: 1 });
    const faulted = await create(ORDER);
    expect(faulted.status).toBe(500);
    expect(faulted.body).toMatchObject({ return_code: 'FAIL', err_code: 'SYSTEMERROR' });
    await server.send('DELETE', '/__control/faults/pay');
    expect(await ordersCreated()).toBe(0);
  });
});

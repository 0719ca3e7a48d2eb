import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, signedHeaders, startTestServer, type TestServer } from '../test-support/signing.js';

describe('control API and platform endpoints', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:00') });
  });
  afterAll(() => server.close());

  it('GET /health needs no signature', async () => {
    const response = await server.send('GET', '/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('refuses unsigned and wrongly signed municipal requests with 401 and a machine-readable code', async () => {
    const unsigned = await server.send('GET', '/shanghai/bus/lines');
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature' });

    const unknownKey = await server.signedGet('/chengdu/bus/RouteSearch', { appKey: 'nobody' });
    expect(unknownKey.status).toBe(401);
    expect(await unknownKey.json()).toMatchObject({ error: 'unknown_app_key' });

    const stale = await server.signedGet('/chengdu/weather/v2/weather', { timestamp: Date.now() - 10 * 60 * 1000 });
    expect(await stale.json()).toMatchObject({ error: 'stale_timestamp' });

    const wrongSecret = await server.signedGet('/shanghai/traffic/roads', { secret: 'wrong-secret' });
    expect(await wrongSecret.json()).toMatchObject({ error: 'invalid_signature' });
  });

  it('refuses a replayed request', async () => {
    const path = '/shanghai/traffic/events';
    const headers = signedHeaders('GET', path);
    expect((await server.send('GET', path, undefined, headers)).status).toBe(200);
    const replay = await server.send('GET', path, undefined, headers);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ error: 'replayed_nonce' });
  });

  it('signs the path with its query exactly as sent', async () => {
    const sent = '/shanghai/bus/lines?keyword=%E5%BB%B6%E5%AE%89';
    expect((await server.signedGet(sent)).status).toBe(200);
    const headers = signedHeaders('GET', '/shanghai/bus/lines?keyword=延安');
    expect((await server.send('GET', sent, undefined, headers)).status).toBe(401);
  });

  it('moves the business clock, and back to real time', async () => {
    const arrivals = '/shanghai/bus/arrivals?lineId=SH0071&stopId=S10&direction=0';
    const cars = async () => ((await (await server.signedGet(arrivals)).json()) as { data: { cars: unknown[] } }).data.cars;
    expect((await cars()).length).toBeGreaterThan(0);

    const night = await server.send('POST', '/__control/clock', { fixedTime: '2026-03-02T02:00:00+08:00' });
    expect(await night.json()).toEqual({
      fixed: true,
      fixedTime: '2026-03-02T02:00:00+08:00',
      now: '2026-03-02T02:00:00+08:00',
    });
    expect(await cars()).toEqual([]);

    const utcInput = await server.send('POST', '/__control/clock', { fixedTime: '2026-03-02T00:15:00Z' });
    expect(((await utcInput.json()) as { now: string }).now).toBe('2026-03-02T08:15:00+08:00');

    const real = await server.send('POST', '/__control/clock', { fixedTime: null });
    const body = (await real.json()) as { fixed: boolean; fixedTime: null; now: string };
    expect(body.fixed).toBe(false);
    expect(body.fixedTime).toBeNull();
    expect(Math.abs(Date.parse(body.now) - Date.now())).toBeLessThan(5000);

    const get = (await (await server.send('GET', '/__control/clock')).json()) as { fixed: boolean };
    expect(get.fixed).toBe(false);
  });

  it('refuses a clock without an explicit offset', async () => {
    const response = await server.send('POST', '/__control/clock', { fixedTime: '2026-03-02T08:00:00' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_clock' });
  });

  it('counts requests per service and endpoint, and resets the counts', async () => {
    await server.send('DELETE', '/__control/stats');
    await server.signedGet('/shanghai/bus/lines');
    await server.signedGet('/shanghai/bus/lines/SH0071');
    await server.signedGet('/shanghai/bus/lines/SH0020');
    await server.send('GET', '/chengdu/bus/RouteSearch'); // unsigned: still reached the upstream

    type Stats = { services: Record<string, { total: number; byEndpoint: Record<string, number> }> };
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as Stats;
    expect(stats.services['shanghai-bus']).toEqual({
      total: 3,
      byEndpoint: { 'GET /shanghai/bus/lines': 1, 'GET /shanghai/bus/lines/:lineId': 2 },
      events: {},
    });
    expect(stats.services['chengdu-bus']?.total).toBe(1);
    expect(stats.services['shanghai-weather']?.total).toBe(0);

    const reset = (await (await server.send('DELETE', '/__control/stats')).json()) as Stats;
    expect(reset.services['shanghai-bus']?.total).toBe(0);
  });

  it('POST /__control/reset restores the boot clock and clears faults and stats', async () => {
    await server.send('PUT', '/__control/faults/shanghai-bus', { errorRate: 1 });
    await server.send('POST', '/__control/clock', { fixedTime: '2026-07-01T12:00:00+08:00' });
    const body = (await (await server.send('POST', '/__control/reset')).json()) as {
      faults: Record<string, { errorRate: number }>;
      clock: { fixedTime: string };
    };
    expect(body.faults['shanghai-bus']?.errorRate).toBe(0);
    expect(body.clock.fixedTime).toBe('2026-03-02T08:00:00+08:00');
  });

  it('answers broken JSON with its own error, and takes an empty body as no body', async () => {
    const broken = await server.send('PUT', '/__control/faults/shanghai-bus', undefined, {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(200);
    const response = await fetch(`${server.baseUrl}/__control/faults/shanghai-bus`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"errorRate":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_body', message: 'Body is not valid JSON' });
  });

  it('has no control API when control is off', async () => {
    const locked = await startTestServer({ control: false });
    expect((await locked.send('GET', '/__control/faults')).status).toBe(404);
    expect((await locked.send('GET', '/health')).status).toBe(200);
    await locked.close();
  });
});

import { SERVICE_NAMES } from './services.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLValidator } from 'fast-xml-parser';
import { startTestServer, type TestServer } from '../test-support/signing.js';
import { parseFaultMap } from './faults.js';

/** Resolves with the promise's value, or `fallback` if it takes longer than `ms` (the timer is always cleared). */
async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fault injection', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.send('DELETE', '/__control/faults');
  });
  afterAll(() => server.close());

  const putFault = (service: string, fault: unknown) => server.send('PUT', `/__control/faults/${service}`, fault);

  it('errorRate 1 answers every request with the dialect 5xx', async () => {
    expect((await putFault('shanghai-bus', { errorRate: 1 })).status).toBe(200);
    expect((await putFault('chengdu-bus', { errorRate: 1 })).status).toBe(200);

    const shanghai = await server.signedGet('/shanghai/bus/lines');
    expect(shanghai.status).toBe(503);
    expect(await shanghai.json()).toEqual({ status: '9999', msg: '系统繁忙，请稍后再试', data: null });

    const chengdu = await server.signedGet('/chengdu/bus/RouteSearch');
    expect(chengdu.status).toBe(500);
    expect(await chengdu.text()).toContain('<Code>500</Code>');

    // Other services are unaffected.
    expect((await server.signedGet('/shanghai/weather/forecast')).status).toBe(200);
  });

  it('malformed answers 200 with a body no parser accepts', async () => {
    await putFault('shanghai-weather', { malformed: true });
    await putFault('chengdu-bus', { malformed: true });

    const json = await server.signedGet('/shanghai/weather/forecast');
    expect(json.status).toBe(200);
    const jsonText = await json.text();
    expect(jsonText.length).toBeGreaterThan(0);
    expect(() => JSON.parse(jsonText)).toThrow();

    const xml = await server.signedGet('/chengdu/bus/RouteDetail?routeId=CD-0016');
    expect(xml.status).toBe(200);
    expect(XMLValidator.validate(await xml.text())).not.toBe(true);
  });

  it('latencyMs delays the answer', async () => {
    await putFault('chengdu-traffic', { latencyMs: 250 });
    const started = Date.now();
    const response = await server.signedGet('/chengdu/traffic/congestion');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('timeout never answers, and the server still closes', async () => {
    const held = await startTestServer({ faults: { 'shanghai-traffic': { latencyMs: 0, errorRate: 0, timeout: true, malformed: false } } });
    const controller = new AbortController();
    const pending = held.signedGet('/shanghai/traffic/roads', { signal: controller.signal }).then(
      () => 'answered',
      () => 'gave up',
    );
    expect(await within(pending, 300, 'still waiting')).toBe('still waiting');

    const closed = held.close().then(() => 'closed');
    expect(await within(closed, 2000, 'stuck')).toBe('closed');
    controller.abort();
    expect(await pending).toBe('gave up');
  });

  it('DELETE /__control/faults resets every service', async () => {
    await putFault('shanghai-bus', { errorRate: 1 });
    expect((await server.signedGet('/shanghai/bus/lines')).status).toBe(503);

    const reset = await server.send('DELETE', '/__control/faults');
    const body = (await reset.json()) as { faults: Record<string, { errorRate: number }> };
    expect(body.faults['shanghai-bus']?.errorRate).toBe(0);
    expect((await server.signedGet('/shanghai/bus/lines')).status).toBe(200);
  });

  it('GET /__control/faults lists every service with its fault', async () => {
    await putFault('chengdu-weather', { latencyMs: 10, errorRate: 0.5 });
    const body = (await (await server.send('GET', '/__control/faults')).json()) as { faults: Record<string, unknown> };
    expect(Object.keys(body.faults).sort()).toEqual([...SERVICE_NAMES].sort());
    expect(Object.keys(body.faults)).toEqual(
      expect.arrayContaining(['chengdu-bus', 'shanghai-weather', 'wechat', 'sms', 'gongan', 'pay']),
    );
    expect(body.faults['chengdu-weather']).toEqual({ latencyMs: 10, errorRate: 0.5, timeout: false, malformed: false });
  });

  it('refuses unknown services and invalid faults', async () => {
    expect((await putFault('beijing-bus', { errorRate: 1 })).status).toBe(404);
    const invalid = await putFault('shanghai-bus', { errorRate: 2 });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: 'invalid_fault' });
    expect((await putFault('shanghai-bus', { errorRat: 1 })).status).toBe(400);
  });

  it('errorRate between 0 and 1 follows the random draw', async () => {
    let roll = 0;
    const draws = [0.1, 0.9];
    const seeded = await startTestServer({ random: () => draws[roll++ % 2] ?? 0 });
    await seeded.send('PUT', '/__control/faults/shanghai-weather', { errorRate: 0.5 });
    expect((await seeded.signedGet('/shanghai/weather/forecast')).status).toBe(503);
    expect((await seeded.signedGet('/shanghai/weather/forecast')).status).toBe(200);
    await seeded.close();
  });
});

describe('parseFaultMap (MOCK_FAULTS)', () => {
  it('fills missing fields with no-fault defaults', () => {
    expect(parseFaultMap({ 'chengdu-bus': { latencyMs: 300, errorRate: 0.5 } })).toEqual({
      ok: true,
      value: { 'chengdu-bus': { latencyMs: 300, errorRate: 0.5, timeout: false, malformed: false } },
    });
  });

  it('refuses unknown services and wrong types', () => {
    expect(parseFaultMap({ 'beijing-bus': {} }).ok).toBe(false);
    expect(parseFaultMap({ 'chengdu-bus': { timeout: 'yes' } }).ok).toBe(false);
    expect(parseFaultMap([]).ok).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CITIES } from '@portal/shared';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

describe('cities, home, weather and traffic against the real municipal mock', () => {
  let mock: MockProcess;
  let bff: TestBff;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('lists Shanghai, Chengdu and Yinchuan with their catalogs', async () => {
    const res = await bff.get('/api/v1/cities');
    expect(res.status).toBe(200);
    expect(res.body.cities).toEqual(JSON.parse(JSON.stringify(CITIES)));
  });

  it.each(['shanghai', 'chengdu'])('gives %s its first screen in one request: catalog, weather and traffic', async (city) => {
    const res = await bff.get(`/api/v1/cities/${city}/home`);
    expect(res.status).toBe(200);
    expect(res.body.city.id).toBe(city);
    expect(res.body.weather).toMatchObject({ city, stale: false, current: { temperatureC: expect.any(Number) } });
    expect(res.body.weather.forecast).toHaveLength(3);
    expect(res.body.traffic).toMatchObject({ city, overall: expect.stringMatching(/^(smooth|slow|congested|severe)$/) });
    expect(res.body.traffic.totalSections).toBeGreaterThan(5);
  });

  it('gives Yinchuan its catalog with no weather or traffic, since it has no such systems', async () => {
    const res = await bff.get('/api/v1/cities/yinchuan/home');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ weather: null, traffic: null });
    expect(res.body.city.groups.map((g: { id: string }) => g.id)).toEqual(['weibo-yinchuan', 'wenzheng-yinchuan', 'yinchuan-publication']);
  });

  it('answers 404 in the envelope for an unknown city', async () => {
    const res = await bff.get('/api/v1/cities/atlantis/home');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'CITY_NOT_FOUND', message: expect.stringContaining('atlantis'), requestId: expect.any(String) });
  });

  it.each(['shanghai', 'chengdu'])('translates %s weather into one shape: current and today plus two days', async (city) => {
    const res = await bff.get(`/api/v1/cities/${city}/weather`);
    expect(res.status).toBe(200);
    const { current, forecast } = res.body;
    expect(current.humidityPercent).toBeGreaterThanOrEqual(0);
    expect(current.humidityPercent).toBeLessThanOrEqual(100);
    expect(current.windScale).toBeGreaterThanOrEqual(0);
    expect(current.condition).not.toBe('other');
    expect(forecast.map((d: { date: string }) => d.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    for (const day of forecast) expect(day.highC).toBeGreaterThanOrEqual(day.lowC);
  });

  it.each(['shanghai', 'chengdu'])('translates %s traffic into sections with levels and incidents', async (city) => {
    const res = await bff.get(`/api/v1/cities/${city}/traffic`);
    expect(res.status).toBe(200);
    expect(res.body.sections.length).toBe(res.body.summary.totalSections);
    for (const s of res.body.sections) {
      expect(['smooth', 'slow', 'congested', 'severe']).toContain(s.level);
      expect(s.road).toEqual(expect.any(String));
    }
    for (const i of res.body.incidents) expect(['accident', 'roadworks', 'closure', 'event', 'other']).toContain(i.kind);
    expect(res.body.summary.incidents).toBe(res.body.incidents.length);
  });

  it('answers 404 SERVICE_NOT_IN_CITY for Yinchuan weather and traffic', async () => {
    expect((await bff.get('/api/v1/cities/yinchuan/weather')).body.code).toBe('SERVICE_NOT_IN_CITY');
    expect((await bff.get('/api/v1/cities/yinchuan/traffic')).body.code).toBe('SERVICE_NOT_IN_CITY');
  });
});

describe('the public response cache', () => {
  let mock: MockProcess;
  let bff: TestBff;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('answers a repeated public GET from memory, with its own request id, without asking the upstream', async () => {
    const path = '/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&stopId=S07&direction=0';
    const first = await bff.get(path);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.headers.get('cache-control')).toBe('public, max-age=10');
    await mock.control('DELETE', '/stats');
    const second = await bff.get(path);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const stats = (await mock.control('GET', '/stats')) as { services: Record<string, { total: number }> };
    expect(stats.services['shanghai-bus']!.total).toBe(0);
    expect((await bff.get(`${path.replace('S07', 'S08')}`)).headers.get('x-cache')).toBe('MISS');
  });

  it('never keeps an error answer', async () => {
    const path = '/api/v1/cities/shanghai/bus/lines/NOPE-1';
    expect((await bff.get(path)).status).toBe(404);
    const again = await bff.get(path);
    expect(again.status).toBe(404);
    expect(again.headers.get('x-cache')).toBeNull();
  });

  it('tells browsers and proxies never to keep an error answer, even on a route that is cacheable', async () => {
    await mock.control('PUT', '/faults/chengdu-bus', { errorRate: 1 });
    try {
      const res = await bff.get('/api/v1/cities/chengdu/bus/lines?q=118');
      expect(res.status).toBe(503);
      expect(res.headers.get('cache-control')).toBe('no-store');
    } finally {
      await mock.control('DELETE', '/faults');
    }
    const bad = await bff.get('/api/v1/cities/chengdu/bus/lines?q=');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });
});

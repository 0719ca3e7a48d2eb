import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { UpstreamFailureEntity } from '../upstream-audit/upstream-failure.entity';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

const ARRIVALS = '/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&stopId=S05&direction=0';

async function upstreamCalls(mock: MockProcess, service: string): Promise<number> {
  const stats = (await mock.control('GET', '/stats')) as { services: Record<string, { total: number }> };
  return stats.services[service]?.total ?? 0;
}

describe('when a municipal system misbehaves', () => {
  /** A BFF of its own, so that circuits opened by other tests do not interfere. */
  async function withOwnBff(env: Record<string, string>, fn: (own: TestBff) => Promise<void>): Promise<void> {
    const own = await startBff(testEnv(mock.url, env), { keepCitizens: true });
    try {
      await fn(own);
    } finally {
      await own.close();
    }
  }

  let mock: MockProcess;
  let bff: TestBff;

  beforeAll(async () => {
    mock = await startMock();
    // Short TTL so the cache expires between steps; a breaker that opens after 3 failures.
    bff = await startBff(testEnv(mock.url, { UPSTREAM_CACHE_TTL_MS: '100', UPSTREAM_BREAKER_THRESHOLD: '3', UPSTREAM_BREAKER_HALF_OPEN_MS: '60000' }));
  });

  afterEach(async () => {
    await mock.control('DELETE', '/faults');
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('serves a cached answer without calling the upstream again within the TTL', async () => {
    await withOwnBff({}, async (cached) => {
      await cached.get('/api/v1/cities/chengdu/weather');
      const before = await upstreamCalls(mock, 'chengdu-weather');
      for (let i = 0; i < 5; i++) expect((await cached.get('/api/v1/cities/chengdu/weather')).status).toBe(200);
      expect(await upstreamCalls(mock, 'chengdu-weather')).toBe(before);
    });
  });

  it('serves the last good answer marked stale when the system starts failing', async () => {
    const good = await bff.get(ARRIVALS);
    expect(good.status).toBe(200);
    await mock.control('PUT', '/faults/shanghai-bus', { errorRate: 1 });
    await new Promise((r) => setTimeout(r, 150));
    const stale = await bff.get(ARRIVALS);
    expect(stale.status).toBe(200);
    expect(stale.body.stale).toBe(true);
    expect(stale.body.arrivals).toEqual(good.body.arrivals);
    expect(stale.body.updatedAt).toBe(good.body.updatedAt);
  });

  it('answers a plain 503 within the time budget when the system hangs and nothing is cached', async () => {
    await mock.control('PUT', '/faults/chengdu-traffic', { timeout: true });
    const started = Date.now();
    const res = await bff.get('/api/v1/cities/chengdu/traffic');
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('not answering'), requestId: expect.any(String) });
    expect(elapsed).toBeLessThan(bff.config.upstream.budgetMs + 1000);
  });

  it('treats a malformed body as a failure, never passing it on', async () => {
    await mock.control('PUT', '/faults/chengdu-weather', { malformed: true });
    const res = await bff.get('/api/v1/cities/chengdu/weather');
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).not.toMatch(/ret|skycon|<|50000/);
  });

  it('never passes an upstream error body to the client', async () => {
    await mock.control('PUT', '/faults/shanghai-traffic', { errorRate: 1 });
    const res = await bff.get('/api/v1/cities/shanghai/traffic');
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).not.toMatch(/resultCode|服务繁忙/);
  });

  it('retries an idempotent GET: one injected failure in two is absorbed', async () => {
    await withOwnBff({ UPSTREAM_BREAKER_THRESHOLD: '1000', UPSTREAM_RETRIES: '3' }, async (own) => {
      await mock.control('DELETE', '/stats');
      await mock.control('PUT', '/faults/chengdu-bus', { errorRate: 0.5 });
      let ok = 0;
      for (let i = 0; i < 10; i++) if ((await own.get(`/api/v1/cities/chengdu/bus/lines?q=${i}`)).status === 200) ok++;
      // With three retries a request fails only when all four attempts fail (1 in 16), and more
      // calls reached the mock than requests were made.
      expect(ok).toBeGreaterThanOrEqual(6);
      expect(await upstreamCalls(mock, 'chengdu-bus')).toBeGreaterThan(10);
    });
  });

  it('opens the circuit after repeated failures: health says so and the upstream is spared', async () => {
    await mock.control('PUT', '/faults/shanghai-weather', { errorRate: 1 });
    for (let i = 0; i < 3; i++) await bff.get('/api/v1/cities/shanghai/weather');
    const health = await bff.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.upstreams['shanghai-weather']).toEqual({ status: 'down', circuit: 'open' });
    expect(health.body.database.status).toBe('up');
    const before = await upstreamCalls(mock, 'shanghai-weather');
    const res = await bff.get('/api/v1/cities/shanghai/weather');
    expect(res.status).toBe(503);
    expect(await upstreamCalls(mock, 'shanghai-weather')).toBe(before);
  });

  it('keeps an audit of upstream failures with the request id', async () => {
    await withOwnBff({}, async (own) => {
      await mock.control('PUT', '/faults/chengdu-traffic', { errorRate: 1 });
      const res = await own.get('/api/v1/cities/chengdu/traffic');
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toBe(res.body.requestId);
      await new Promise((r) => setTimeout(r, 100));
      const rows = await own.app.get(DataSource).getRepository(UpstreamFailureEntity).findBy({ requestId: requestId! });
      expect(rows).toEqual([expect.objectContaining({ service: 'chengdu-traffic', kind: 'http' })]);
    });
  });

  it('passes a caller-given request id on to the upstream and back', async () => {
    const res = await bff.get('/api/v1/cities/yinchuan/home', { 'x-request-id': 'trace-abc-12345' });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345');
  });

  it('is refused by the municipal system when it signs with the wrong secret', async () => {
    await withOwnBff({ UPSTREAM_APP_SECRET: 'not-the-secret-the-city-issued' }, async (wrong) => {
      const res = await wrong.get('/api/v1/cities/shanghai/bus/lines?q=71');
      expect(res.status).toBe(503);
      await new Promise((r) => setTimeout(r, 100));
      const rows = await wrong.app.get(DataSource).getRepository(UpstreamFailureEntity).findBy({ requestId: res.body.requestId });
      expect(rows[0]).toMatchObject({ service: 'shanghai-bus', kind: 'rejected' });
    });
  });

  it('the mock itself refuses a tampered signature with 401', async () => {
    const res = await fetch(`${mock.url}/shanghai/bus/lines?keyword=71`, {
      headers: { 'X-App-Key': 'portal-bff-dev', 'X-Timestamp': String(Date.now()), 'X-Nonce': 'nonce-123456', 'X-Signature': '0'.repeat(64) },
    });
    expect(res.status).toBe(401);
  });
});

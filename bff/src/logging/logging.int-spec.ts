import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

/** Captures every log line of a real BFF talking to the real mock. */
describe('structured logs', () => {
  let mock: MockProcess;
  let bff: TestBff;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    mock = await startMock();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    bff = await startBff(testEnv(mock.url, { LOG_LEVEL: 'info' }), { logDestination: sink });
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('writes one JSON line per request with its request id, status and time', async () => {
    await bff.get('/api/v1/cities/shanghai/weather', { 'x-request-id': 'log-test-0001' });
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'log-test-0001');
    expect(line).toMatchObject({ msg: 'request completed', service: 'bff', req: { method: 'GET', url: '/api/v1/cities/shanghai/weather' }, res: { statusCode: 200 } });
    expect(typeof line!.responseTime).toBe('number');
  });

  it('logs an upstream failure with the request id of the citizen request that met it', async () => {
    await mock.control('PUT', '/faults/chengdu-traffic', { errorRate: 1 });
    try {
      const res = await bff.get('/api/v1/cities/chengdu/traffic', { 'x-request-id': 'log-test-0002' });
      expect(res.status).toBe(503);
    } finally {
      await mock.control('DELETE', '/faults');
    }
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'Upstream call failed', requestId: 'log-test-0002', upstream: 'chengdu-traffic', kind: 'http' }),
        expect.objectContaining({ msg: 'request failed', req: expect.objectContaining({ id: 'log-test-0002' }), res: { statusCode: 503 } }),
      ]),
    );
  });

  it('marks a request answered from the response cache', async () => {
    await bff.get('/api/v1/cities/chengdu/weather');
    await bff.get('/api/v1/cities/chengdu/weather', { 'x-request-id': 'log-test-0003' });
    expect(lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'log-test-0003')).toMatchObject({ cache: 'HIT', res: { statusCode: 200 } });
  });
});

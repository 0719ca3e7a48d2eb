import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config';
import { UpstreamFailure } from './upstream-failure';
import { UpstreamHttpClient } from './upstream-http.client';

/** A tiny local server stands in for the network peer; the client under test is the real one. */
describe('upstream HTTP client', () => {
  let server: Server;
  let baseUrl: string;
  let seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  let script: ('ok' | 'fail' | 'hang')[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      const step = script.shift() ?? 'ok';
      if (step === 'hang') return;
      res.writeHead(step === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
      res.end(step === 'ok' ? '{"ok":true}' : '{"error":"busy"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  beforeEach(() => {
    seen = [];
    script = [];
  });

  function client(env: Record<string, string> = {}) {
    const failures: UpstreamFailure[] = [];
    const config = loadConfig({ UPSTREAM_BASE_URL: baseUrl, UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_BUDGET_MS: '1000', ...env }).upstream;
    return { http: new UpstreamHttpClient('shanghai-bus', config, (f) => failures.push(f)), failures, config };
  }

  it('signs each request so the city can check it, and passes the request id on', async () => {
    const { http, config } = client();
    await http.get('/shanghai/bus/lines?keyword=71', (r) => r.body, 'req-12345678');
    const { headers, url } = seen[0]!;
    expect(url).toBe('/shanghai/bus/lines?keyword=71');
    expect(headers['x-request-id']).toBe('req-12345678');
    const expected = createHmac('sha256', config.appSecret)
      .update(`GET\n/shanghai/bus/lines?keyword=71\n${String(headers['x-timestamp'])}\n${String(headers['x-nonce'])}`)
      .digest('hex');
    expect(headers['x-signature']).toBe(expected);
    expect(headers['x-app-key']).toBe(config.appKey);
  });

  it('retries a failed GET with a fresh nonce, and succeeds', async () => {
    const { http, failures } = client({ UPSTREAM_RETRIES: '2' });
    script = ['fail', 'fail', 'ok'];
    expect(await http.get('/x', (r) => r.body)).toBe('{"ok":true}');
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.headers['x-nonce'])).size).toBe(3);
    expect(failures).toEqual([]);
  });

  it('gives up after the retries, records one failure and throws an UpstreamFailure', async () => {
    const { http, failures } = client({ UPSTREAM_RETRIES: '1' });
    script = ['fail', 'fail', 'ok'];
    await expect(http.get('/x', (r) => r.body)).rejects.toMatchObject({ kind: 'http', detail: 'HTTP 503' });
    expect(seen).toHaveLength(2);
    expect(failures.map((f) => f.kind)).toEqual(['http']);
  });

  it('times out an attempt that gets no answer, and stops within the budget', async () => {
    const { http } = client({ UPSTREAM_RETRIES: '5', UPSTREAM_TIMEOUT_MS: '150', UPSTREAM_BUDGET_MS: '400' });
    script = ['hang', 'hang', 'hang', 'hang', 'hang', 'hang'];
    const started = Date.now();
    const error = await http.get('/x', (r) => r.body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamFailure);
    expect(['timeout', 'budget']).toContain((error as UpstreamFailure).kind);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(seen.length).toBeLessThan(6);
  });

  it('counts a body that does not parse as a failure, and lets a business answer pass through', async () => {
    const { http } = client({ UPSTREAM_RETRIES: '0' });
    await expect(
      http.get('/x', () => {
        throw new UpstreamFailure('shanghai-bus', 'malformed', 'not JSON');
      }),
    ).rejects.toMatchObject({ kind: 'malformed' });
    const notFound = new Error('no such line');
    await expect(
      http.get('/x', () => {
        throw notFound;
      }),
    ).rejects.toBe(notFound);
  });

  it('opens the circuit after consecutive failures and then spares the upstream', async () => {
    const { http } = client({ UPSTREAM_RETRIES: '0', UPSTREAM_BREAKER_THRESHOLD: '2', UPSTREAM_BREAKER_HALF_OPEN_MS: '60000' });
    script = ['fail', 'fail'];
    await expect(http.get('/x', (r) => r.body)).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(http.get('/x', (r) => r.body)).rejects.toBeInstanceOf(UpstreamFailure);
    expect(http.circuit).toBe('open');
    await expect(http.get('/x', (r) => r.body)).rejects.toMatchObject({ kind: 'circuit-open' });
    expect(seen).toHaveLength(2);
  });
});

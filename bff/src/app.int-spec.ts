import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UPSTREAM_SERVICES } from '@portal/shared';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from './testing/harness';

describe('the BFF as a whole: H5 app, OpenAPI, health, unknown paths', () => {
  let mock: MockProcess;
  let bff: TestBff;

  beforeAll(async () => {
    const h5 = mkdtempSync(join(tmpdir(), 'portal-h5-'));
    mkdirSync(join(h5, 'js'));
    writeFileSync(join(h5, 'index.html'), '<!doctype html><html lang="zh-CN"><title>城市服务</title></html>');
    writeFileSync(join(h5, 'js', 'app.3f2a.js'), 'console.log(1)');
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { H5_DIR: h5 }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('serves the H5 app at / (never cached) and its hashed assets (cached for a year)', async () => {
    const home = await bff.get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('城市服务');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const asset = await bff.get('/js/app.3f2a.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('documents every public endpoint in OpenAPI at /api/docs-json, with Swagger UI at /api/docs', async () => {
    const doc = await bff.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cities',
        '/api/v1/cities/{city}/home',
        '/api/v1/cities/{city}/bus/lines',
        '/api/v1/cities/{city}/bus/lines/{lineId}',
        '/api/v1/cities/{city}/bus/arrivals',
        '/api/v1/cities/{city}/traffic',
        '/api/v1/cities/{city}/weather',
        '/api/health',
      ]),
    );
    const arrivals = doc.body.paths['/api/v1/cities/{city}/bus/arrivals'].get;
    expect(arrivals.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['lineId', 'stopId', 'direction']));
    expect((await bff.get('/api/docs')).status).toBe(200);
  });

  it('reports the database and every upstream on /api/health', async () => {
    const res = await bff.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database).toEqual({ status: 'up', engine: process.env.DATABASE_URL ? expect.stringMatching(/mariadb|mysql/) : 'sqlite' });
    expect(UPSTREAM_SERVICES).toContain('shanghai-bus');
    expect(Object.keys(res.body.upstreams).sort()).toEqual(
      [...UPSTREAM_SERVICES].sort(),
    );
  });

  it('answers an unknown API path with a 404 in the envelope', async () => {
    const res = await bff.get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String), requestId: expect.any(String) });
  });

  it('answers a POST to a read-only resource with a 4xx in the envelope, never a 500', async () => {
    const res = await bff.request('POST', '/api/v1/cities', '{"broken json', { 'content-type': 'application/json' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.requestId).toEqual(expect.any(String));
  });
});

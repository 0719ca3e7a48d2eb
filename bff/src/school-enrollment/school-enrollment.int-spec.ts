import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

const q = (value: string) => encodeURIComponent(value);

describe('school enrollment: public policy and schools, cached, stale rather than nothing', () => {
  let mock: MockProcess;
  let bff: TestBff;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { UPSTREAM_CACHE_TTL_MS: '100' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('answers a district’s policy without a sign-in, publicly cacheable', async () => {
    const res = await bff.get(`/api/v1/cities/shanghai/school-enrollment/policy?district=${q('长宁区')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    expect(res.body).toMatchObject({
      city: 'shanghai', year: 2026, district: '长宁区', stale: false,
      primary: { birthFrom: '2019-09-01', birthTo: '2020-08-31' },
    });
    const verification = res.body.keyDates.find((k: { item: string }) => k.item.startsWith('入学材料验证'));
    expect(verification.start).toBe('2026-05-10');
    const starts = res.body.keyDates.map((k: { start: string }) => k.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('lists schools, filtered by district, stage and part of the name', async () => {
    const all = await bff.get('/api/v1/cities/shanghai/school-enrollment/schools');
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('public, max-age=600');
    expect(all.body.schools).toHaveLength(12);
    const xuhuiPrimary = await bff.get(`/api/v1/cities/shanghai/school-enrollment/schools?district=${q('徐汇区')}&stage=primary`);
    expect(xuhuiPrimary.body.schools.map((s: { code: string }) => s.code)).toEqual(['XH001', 'XH002', 'XH003']);
    expect(xuhuiPrimary.body.schools[2]).toEqual({ code: 'XH003', name: '上海市徐汇区世界小学', district: '徐汇区', stage: 'primary', type: 'private' });
    const byName = await bff.get(`/api/v1/cities/shanghai/school-enrollment/schools?name=${q(' 向阳 ')}`);
    expect(byName.body.schools.map((s: { code: string }) => s.code)).toEqual(['XH001']);
    const junior = await bff.get('/api/v1/cities/shanghai/school-enrollment/schools?stage=junior');
    expect(junior.body.schools.every((s: { stage: string }) => s.stage === 'junior')).toBe(true);
    const none = await bff.get(`/api/v1/cities/shanghai/school-enrollment/schools?district=${q('长宁区')}&stage=junior`);
    expect(none.body.schools).toEqual([]);
  });

  it.each([
    ['policy', 'district'],
    [`policy?district=${q('Xuhui')}`, 'district'],
    [`schools?district=${q('徐汇')}`, 'district'],
    [`schools?name=${q('x'.repeat(31))}`, 'name'],
    [`schools?name=${q('<script>')}`, 'name'],
    ['schools?stage=high', 'stage'],
    ['schools?page=2', 'page'],
  ])('names the bad field: %s', async (path, field) => {
    const res = await bff.get(`/api/v1/cities/shanghai/school-enrollment/${path}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details[0].field).toBe(field);
  });

  it('answers 404 for a district without a published policy, and for a city without the service', async () => {
    const res = await bff.get(`/api/v1/cities/shanghai/school-enrollment/policy?district=${q('闵行区')}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('no school enrollment policy for this district');
    for (const city of ['chengdu', 'yinchuan']) {
      const other = await bff.get(`/api/v1/cities/${city}/school-enrollment/schools`);
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('SERVICE_NOT_IN_CITY');
    }
  });

  it('serves the last good answer marked stale when the bureau’s system fails, and a 503 when it has none', async () => {
    const good = await bff.get(`/api/v1/cities/shanghai/school-enrollment/policy?district=${q('黄浦区')}`);
    expect(good.status).toBe(200);
    await mock.control('PUT', '/faults/shanghai-education', { errorRate: 1 });
    try {
      await new Promise((r) => setTimeout(r, 150));
      // Another URL, past the response micro-cache, onto the same cached upstream answer.
      const stale = await bff.get(`/api/v1/cities/shanghai/school-enrollment/policy?district=${q(' 黄浦区')}`);
      expect(stale.status).toBe(200);
      expect(stale.body).toMatchObject({ stale: true, updatedAt: good.body.updatedAt, keyDates: good.body.keyDates });
      const never = await bff.get(`/api/v1/cities/shanghai/school-enrollment/policy?district=${q('浦东新区')}`);
      expect(never.status).toBe(503);
      expect(never.body.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await mock.control('DELETE', '/faults');
    }
  });
});

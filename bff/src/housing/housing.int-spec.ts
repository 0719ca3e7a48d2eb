import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, PERSONAS, boundCitizens, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

const YANG_JING = { name: '杨静', idNumber: '510104199507120020' };
const HUANG_LEI = { name: '黄磊', idNumber: '51010919791224007X' };
const LIU = '川(2024)成都市不动产权第0123456号';
const YANG = '川(2021)成都市不动产权第0456789号';
const HUANG = '川(2019)成都市不动产权第0987654号';
const url = (no: string, city = 'chengdu') => `/api/v1/cities/${city}/housing/certificates/${encodeURIComponent(no)}`;

describe('housing management: my own property registration, by certificate number', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13700000000;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  const boundCitizen = boundCitizens(() => ({ bff, mock, phone: String(++phones) }));

  it('shows my certificate: status, mortgage, never cached', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    const res = await bff.get(url(LIU), bearer(login));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.body).toEqual({
      city: 'chengdu', certificateNo: LIU, owners: ['刘洋'], location: '武侯区玉林街道芳沁社区1栋2单元1502号', district: '武侯区', area: 89.36,
      use: '城镇住宅用地/住宅', nature: '出让/市场化商品房', registeredOn: '2024-06-18', status: 'mortgaged',
      mortgage: { holder: '成都住房公积金管理中心', amount: 700000, registeredOn: '2024-06-18' },
    });
    const fullWidth = await bff.get(url('川（2024）成都市不动产权第0123456号'), bearer(login));
    expect(fullWidth.status).toBe(200);
    expect(fullWidth.body.certificateNo).toBe(LIU);
  });

  it('shows a co-owner the certificate they share', async () => {
    const login = await boundCitizen(HUANG_LEI);
    const res = await bff.get(url(HUANG), bearer(login));
    expect(res.body).toMatchObject({ owners: ['黄磊', '周敏'], status: 'seized', mortgage: null });
  });

  it('never shows somebody else’s certificate, and answers it like an unknown number', async () => {
    const liu = await boundCitizen(PERSONAS.liuYang);
    const yang = await boundCitizen(YANG_JING);
    expect((await bff.get(url(YANG), bearer(yang))).status).toBe(200);
    const others = await bff.get(url(YANG), bearer(liu));
    const unknown = await bff.get(url('川(2021)成都市不动产权第0000001号'), bearer(liu));
    expect(others.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(others.body.message).toBe(unknown.body.message);
    expect(JSON.stringify(others.body)).not.toContain('杨静');
  });

  it('names a malformed certificate number in plain words', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    for (const bad of ['abc', '川(2024)成都市不动产权第123号', '沪(2024)上海市不动产权第0123456号', 'x'.repeat(41)]) {
      const res = await bff.get(url(bad), bearer(login));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details[0].field).toBe('certificateNo');
      expect(res.body.details[0].message).toContain('川(2024)成都市不动产权第0123456号');
    }
  });

  it('asks for a sign-in, then the real-name binding', async () => {
    expect((await bff.get(url(LIU))).status).toBe(401);
    const login = await signInBySms(bff, mock, String(++phones));
    const res = await bff.get(url(LIU), bearer(login));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
  });

  it('is a Chengdu service only', async () => {
    const login = await boundCitizen(PERSONAS.zhangWei);
    for (const city of ['shanghai', 'yinchuan']) {
      const res = await bff.get(url(LIU, city), bearer(login));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SERVICE_NOT_IN_CITY');
    }
  });

  it('answers a plain 503, never a stale answer, when the registry fails', async () => {
    const login = await boundCitizen(PERSONAS.liuYang);
    await mock.control('PUT', '/faults/chengdu-housing', { errorRate: 1 });
    try {
      const down = await bff.get(url(LIU), bearer(login));
      expect(down.status).toBe(503);
      expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await mock.control('DELETE', '/faults');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';
import { CLINICS } from './data.js';
import { vaccinationRecords } from './model.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const XUHUI = encodeURIComponent('徐汇区');

describe('vaccination', () => {
  let server: TestServer;
  const get = async (path: string): Promise<Json> => (await server.signedGet(path)).json() as Promise<Json>;
  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  afterAll(() => server.close());

  it('gives children many programme doses and adults few, all before today', () => {
    const child = vaccinationRecords('310104202305180022', '2026-03-02')!;
    const adult = vaccinationRecords('310104198506150015', '2026-03-02')!;
    expect(child.length).toBeGreaterThan(15);
    expect(adult.length).toBeLessThan(6);
    expect(child.filter((r) => r.vaccineCode === 'HepB').map((r) => r.dose)).toEqual([1, 2, 3]);
    expect(child.filter((r) => r.vaccineCode === 'DTaP')).toHaveLength(4);
    expect(child.some((r) => r.vaccineCode === 'bOPV' && r.dose === 2)).toBe(false); // due at 4 years
    for (const r of child) expect(r.date < '2026-03-02').toBe(true);
    expect(vaccinationRecords('11010519491231002X', '2026-03-02')).toBeNull();
  });

  it('has real district names in both cities', () => {
    const districts = new Set(CLINICS.map((c) => c.district));
    for (const d of ['黄浦区', '徐汇区', '浦东新区', '锦江区', '青羊区', '武侯区', '高新区']) expect(districts.has(d)).toBe(true);
  });

  it('Shanghai: records, clinics by district, slots with capacity', async () => {
    const records = await get('/shanghai/vaccine/records?idNumber=310104202305180022');
    expect(records.errCode).toBe(0);
    expect(records.data.records[0]).toMatchObject({ vaccineCode: 'BCG', date: '2023-05-18' });
    const clinics = await get(`/shanghai/vaccine/clinics?district=${XUHUI}`);
    expect(clinics.data.clinics.map((c: Json) => c.clinicId)).toEqual(['SHJZ003', 'SHJZ004']);
    const slots = await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-03-03');
    expect(slots.data.open).toBe(true);
    expect(slots.data.slots[0]).toEqual({ period: '08:30-09:30', capacity: expect.any(Number) });
    expect(await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-03-03')).toEqual(slots);
    const closed = await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-03-04'); // Wednesday
    expect(closed.data).toMatchObject({ open: false, slots: [] });
    expect((await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-03-02')).errCode).toBe(40003);
    expect((await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-03-17')).errCode).toBe(40003);
    expect((await get('/shanghai/vaccine/clinics/SHJZ003/slots?date=2026-02-30')).errCode).toBe(40001);
    expect((await get('/shanghai/vaccine/clinics/CDJZ005/slots?date=2026-03-03')).errCode).toBe(40402);
  });

  it('Chengdu: snake_case, yyyyMMdd, start/end times, total', async () => {
    const records = await get('/chengdu/vaccine/jzjl?sfzh=510107202409100038');
    expect(records).toMatchObject({ code: 200, message: 'success' });
    expect(records.result.list[0]).toMatchObject({ vaccine_code: 'BCG', vacc_date: '20240910' });
    const slots = await get('/chengdu/vaccine/jzdw/CDJZ005/hy?rq=20260303');
    expect(slots.result.is_work_day).toBe(1);
    expect(slots.result.list[0]).toEqual({ start_time: '0830', end_time: '0930', total: expect.any(Number) });
    expect((await get('/chengdu/vaccine/ymlb')).result.list.find((v: Json) => v.vaccine_code === 'Flu').category).toBe(2);
    expect((await get('/chengdu/vaccine/jzdw/CDJZ005/hy?rq=2026-03-03')).code).toBe(400);
    expect((await get('/chengdu/vaccine/jzjl?sfzh=11010519491231002X')).code).toBe(1001);
    expect((await server.send('GET', '/chengdu/vaccine/ymlb')).status).toBe(401);
  });
});

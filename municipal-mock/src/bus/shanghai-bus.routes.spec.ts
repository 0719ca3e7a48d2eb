import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

interface Envelope<T> {
  status: string;
  msg: string;
  data: T;
}

interface Car {
  terminal: string;
  stopdis: string;
  distance: string;
  time: string;
}

describe('Shanghai bus (JSON, status envelope)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:00') });
  });
  afterAll(() => server.close());

  async function getJson<T>(url: string): Promise<{ statusCode: number; body: Envelope<T> }> {
    const response = await server.signedGet(url);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return { statusCode: response.status, body: (await response.json()) as Envelope<T> };
  }

  it('searches lines by a substring of the line name', async () => {
    const { statusCode, body } = await getJson<{ total: number; lineList: Array<Record<string, string>> }>(
      `/shanghai/bus/lines?keyword=${encodeURIComponent('71')}`,
    );
    expect(statusCode).toBe(200);
    expect(body.status).toBe('0000');
    expect(body.msg).toBe('成功');
    expect(body.data.total).toBe(1);
    expect(body.data.lineList[0]).toEqual({
      lineId: 'SH0071',
      lineName: '71路',
      startStop: '延安东路外滩',
      endStop: '申昆路枢纽站',
      startTime: '05:30',
      endTime: '22:30',
    });
  });

  it('lists every line when no keyword is given, and matches Chinese keywords', async () => {
    const all = await getJson<{ total: number }>('/shanghai/bus/lines');
    expect(all.body.data.total).toBeGreaterThanOrEqual(4);
    const tunnel = await getJson<{ lineList: Array<{ lineId: string }> }>(
      `/shanghai/bus/lines?keyword=${encodeURIComponent('隧道')}`,
    );
    expect(tunnel.body.data.lineList.map((line) => line.lineId)).toEqual(['SHT003']);
  });

  it('describes a line with both directions, stop ids shared between them', async () => {
    type Stop = { stopId: string; stopName: string; seq: number };
    const { body } = await getJson<{ upStops: Stop[]; downStops: Stop[]; upStartTime: string; downEndTime: string }>(
      '/shanghai/bus/lines/SH0071',
    );
    expect(body.status).toBe('0000');
    expect(body.data.upStops.length).toBeGreaterThanOrEqual(25);
    expect(body.data.upStops[0]).toEqual({ stopId: 'S01', stopName: '延安东路外滩', seq: 1 });
    expect(body.data.downStops[0]).toEqual({
      stopId: `S${body.data.upStops.length}`,
      stopName: '申昆路枢纽站',
      seq: 1,
    });
    expect(body.data.downStops.map((s) => s.stopId)).toEqual(body.data.upStops.map((s) => s.stopId).reverse());
    expect(body.data.upStartTime).toBe('05:30');
    expect(body.data.downEndTime).toBe('22:30');
  });

  it('gives the next three buses at 08:00 with string fields, as the timetable implies', async () => {
    // 49路 up: 5-minute rush-hour headway, 3 min per stop; 人民广场 (S05) is 12 minutes out.
    const { body } = await getJson<{ stopName: string; direction: number; cars: Car[] }>(
      '/shanghai/bus/arrivals?lineId=SH0049&stopId=S05&direction=0',
    );
    expect(body.status).toBe('0000');
    expect(body.data.stopName).toBe('人民广场');
    expect(body.data.direction).toBe(0);
    expect(body.data.cars.map((car) => car.time)).toEqual(['120', '420', '720']);
    expect(body.data.cars.map((car) => car.stopdis)).toEqual(['1', '3', '4']);
    for (const car of body.data.cars) {
      expect(car.terminal).toMatch(/^沪B-\d{5}$/);
      expect(car.distance).toMatch(/^\d+$/);
    }
  });

  it('uses direction 1 for the reverse trip', async () => {
    const { body } = await getJson<{ stopName: string; cars: Car[] }>(
      '/shanghai/bus/arrivals?lineId=SH0049&stopId=S05&direction=1',
    );
    expect(body.status).toBe('0000');
    expect(body.data.stopName).toBe('人民广场');
    expect(body.data.cars.length).toBeGreaterThan(0);
  });

  it('answers business errors with HTTP 200 and a status code', async () => {
    const missingLine = await getJson<null>('/shanghai/bus/arrivals?lineId=SH9999&stopId=S01&direction=0');
    expect(missingLine.statusCode).toBe(200);
    expect(missingLine.body).toEqual({ status: '1001', msg: '线路不存在', data: null });

    const missingStop = await getJson<null>('/shanghai/bus/arrivals?lineId=SH0071&stopId=S99&direction=0');
    expect(missingStop.statusCode).toBe(200);
    expect(missingStop.body.status).toBe('1002');

    const badDirection = await getJson<null>('/shanghai/bus/arrivals?lineId=SH0071&stopId=S01&direction=up');
    expect(badDirection.statusCode).toBe(200);
    expect(badDirection.body.status).toBe('1003');

    const unknownLine = await getJson<null>('/shanghai/bus/lines/SH9999');
    expect(unknownLine.body.status).toBe('1001');
  });

  it('answers an unknown path with HTTP 404 in its own envelope', async () => {
    const { statusCode, body } = await getJson<null>('/shanghai/bus/nowhere');
    expect(statusCode).toBe(404);
    expect(body).toEqual({ status: '9404', msg: '接口不存在', data: null });
  });
});

describe('Shanghai bus outside service hours', () => {
  it('has an empty car list at 02:00', async () => {
    const server = await startTestServer({ fixedTime: at('2026-03-02', '02:00') });
    const response = await server.signedGet('/shanghai/bus/arrivals?lineId=SH0071&stopId=S10&direction=0');
    expect(await response.json()).toMatchObject({ status: '0000', data: { cars: [] } });
    await server.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

describe('bus API against the real municipal mock', () => {
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

  describe.each([
    ['shanghai', '71', '71路'],
    ['chengdu', '16', '16路'],
  ])('%s', (city, q, lineName) => {
    let lineId: string;

    it(`finds ${lineName} by part of its name`, async () => {
      const res = await bff.get(`/api/v1/cities/${city}/bus/lines?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.city).toBe(city);
      expect(res.body.stale).toBe(false);
      const line = res.body.lines.find((l: { name: string }) => l.name === lineName);
      expect(line).toMatchObject({ name: lineName, firstBus: expect.stringMatching(/^\d{2}:\d{2}$/) });
      lineId = line.id;
    });

    it('gives the line with its stops in both directions, the second the first reversed', async () => {
      const res = await bff.get(`/api/v1/cities/${city}/bus/lines/${lineId}`);
      expect(res.status).toBe(200);
      expect(res.body.name).toBe(lineName);
      const [out, back] = res.body.directions;
      expect(out.direction).toBe(0);
      expect(back.direction).toBe(1);
      expect(out.stops.length).toBeGreaterThan(5);
      expect(back.stops.map((s: { name: string }) => s.name)).toEqual([...out.stops.map((s: { name: string }) => s.name)].reverse());
      expect(out.stops.map((s: { seq: number }) => s.seq)).toEqual(out.stops.map((_: unknown, i: number) => i + 1));
      expect(out.from).toBe(out.stops[0].name);
    });

    it('gives the next buses at a stop with stops away, distance and minutes, soonest first', async () => {
      const line = (await bff.get(`/api/v1/cities/${city}/bus/lines/${lineId}`)).body;
      const stop = line.directions[1].stops[8];
      const res = await bff.get(`/api/v1/cities/${city}/bus/arrivals?lineId=${lineId}&stopId=${stop.id}&direction=1`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ city, lineId, lineName, stopId: stop.id, stopName: stop.name, direction: 1, stale: false });
      // 08:15 on a Monday: the line runs, so buses are coming.
      expect(res.body.arrivals.length).toBeGreaterThan(0);
      const minutes = res.body.arrivals.map((a: { minutes: number }) => a.minutes);
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      for (const a of res.body.arrivals) {
        expect(a.stopsAway).toBeGreaterThanOrEqual(0);
        expect(a.stopsAway).toBeLessThanOrEqual(8);
        expect(a.distanceMeters).toBeGreaterThanOrEqual(0);
        expect(typeof a.plate).toBe('string');
      }
    });

    it('answers 404 BUS_LINE_NOT_FOUND for a line the city does not have', async () => {
      const res = await bff.get(`/api/v1/cities/${city}/bus/lines/NOPE-999`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'BUS_LINE_NOT_FOUND', requestId: expect.any(String) });
    });

    it('answers 404 BUS_STOP_NOT_FOUND for a stop not on the line', async () => {
      const res = await bff.get(`/api/v1/cities/${city}/bus/arrivals?lineId=${lineId}&stopId=NOSTOP&direction=0`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('BUS_STOP_NOT_FOUND');
    });
  });

  it.each(['shanghai', 'chengdu'])('answers %s with an empty list, not an error, when nothing matches', async (city) => {
    const res = await bff.get(`/api/v1/cities/${city}/bus/lines?q=9999`);
    expect(res.status).toBe(200);
    expect(res.body.lines).toEqual([]);
  });

  it('answers 404 CITY_NOT_FOUND for an unknown city and SERVICE_NOT_IN_CITY where the city has no bus system', async () => {
    const unknown = await bff.get('/api/v1/cities/atlantis/bus/lines?q=1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CITY_NOT_FOUND');
    const yinchuan = await bff.get('/api/v1/cities/yinchuan/bus/lines?q=1');
    expect(yinchuan.status).toBe(404);
    expect(yinchuan.body.code).toBe('SERVICE_NOT_IN_CITY');
  });

  describe('bad input is a 400 naming the field', () => {
    it.each([
      ['/api/v1/cities/shanghai/bus/lines', 'q'],
      ['/api/v1/cities/shanghai/bus/lines?q=', 'q'],
      [`/api/v1/cities/shanghai/bus/lines?q=${'7'.repeat(21)}`, 'q'],
      ['/api/v1/cities/shanghai/bus/lines?q=%3Cscript%3E', 'q'],
      ['/api/v1/cities/shanghai/bus/lines?q=71&q=49', 'q'],
      ['/api/v1/cities/shanghai/bus/lines?q=71&page=2', 'page'],
      ['/api/v1/cities/shanghai/bus/lines/SH..%2F71', 'lineId'],
      [`/api/v1/cities/shanghai/bus/lines/${'A'.repeat(41)}`, 'lineId'],
      ['/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&stopId=S03&direction=2', 'direction'],
      ['/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&stopId=S03&direction=up', 'direction'],
      ['/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&direction=0', 'stopId'],
      ['/api/v1/cities/shanghai/bus/arrivals?stopId=S03&direction=0', 'lineId'],
      ['/api/v1/cities/shanghai/bus/arrivals?lineId=SH0071&stopId=S%2003&direction=0', 'stopId'],
    ])('%s → %s', async (path, field) => {
      const res = await bff.get(path);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.message).toContain(field);
      expect(res.body.requestId).toEqual(expect.any(String));
    });
  });
});

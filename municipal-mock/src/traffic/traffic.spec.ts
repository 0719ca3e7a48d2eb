import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';
import { CHENGDU_TRAFFIC } from './data/chengdu.js';
import { SHANGHAI_TRAFFIC } from './data/shanghai.js';
import { activeIncidents, incidentsForDay, sectionConditions } from './model.js';

const meanSpeedRatio = (epochMs: number, city = SHANGHAI_TRAFFIC): number => {
  const conditions = sectionConditions(city, epochMs);
  return conditions.reduce((sum, c) => sum + c.ratio, 0) / conditions.length;
};

describe('traffic model', () => {
  it('is worst in the weekday rush hours and free-flowing at night', () => {
    for (const city of [SHANGHAI_TRAFFIC, CHENGDU_TRAFFIC]) {
      const morningRush = meanSpeedRatio(at('2026-03-02', '08:30'), city);
      const midday = meanSpeedRatio(at('2026-03-02', '13:00'), city);
      const eveningRush = meanSpeedRatio(at('2026-03-02', '18:00'), city);
      const night = meanSpeedRatio(at('2026-03-02', '03:00'), city);
      expect(morningRush).toBeLessThan(midday);
      expect(eveningRush).toBeLessThan(midday);
      expect(midday).toBeLessThan(night);
      expect(sectionConditions(city, at('2026-03-02', '08:30')).some((c) => c.level >= 3)).toBe(true);
    }
  });

  it('keeps sections without an incident smooth at 03:00', () => {
    const incidents = activeIncidents(SHANGHAI_TRAFFIC, at('2026-03-02', '03:00'));
    const affected = new Set(incidents.map((incident) => incident.road));
    for (const condition of sectionConditions(SHANGHAI_TRAFFIC, at('2026-03-02', '03:00'))) {
      if (!affected.has(condition.section.road)) expect(condition.level).toBe(1);
    }
  });

  it('is the same at the same time', () => {
    expect(sectionConditions(CHENGDU_TRAFFIC, at('2026-03-02', '08:30'))).toEqual(
      sectionConditions(CHENGDU_TRAFFIC, at('2026-03-02', '08:30')),
    );
  });

  it('generates the same incidents for a day, of the four types, with one roadworks site all week', () => {
    const monday = incidentsForDay(SHANGHAI_TRAFFIC, '2026-03-02');
    expect(incidentsForDay(SHANGHAI_TRAFFIC, '2026-03-02')).toEqual(monday);
    for (const incident of monday) expect(['accident', 'roadworks', 'closure', 'event']).toContain(incident.type);
    expect(monday.filter((i) => i.type === 'accident').length).toBeGreaterThanOrEqual(1);

    const works = monday.find((i) => i.type === 'roadworks');
    const sunday = incidentsForDay(SHANGHAI_TRAFFIC, '2026-03-08').find((i) => i.type === 'roadworks');
    expect(sunday).toEqual(works);
    expect(works?.startMs).toBe(at('2026-03-02', '00:00'));
    expect(works?.endMs).toBe(at('2026-03-09', '00:00'));
  });

  it('reports only incidents in force at the moment', () => {
    const day = incidentsForDay(CHENGDU_TRAFFIC, '2026-03-02');
    const accident = day.find((i) => i.type === 'accident');
    if (!accident) throw new Error('expected an accident');
    expect(activeIncidents(CHENGDU_TRAFFIC, accident.startMs).map((i) => i.id)).toContain(accident.id);
    expect(activeIncidents(CHENGDU_TRAFFIC, accident.endMs).map((i) => i.id)).not.toContain(accident.id);
  });
});

describe('traffic endpoints', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:30') });
  });
  afterAll(() => server.close());

  it('Shanghai roads: status 1-4 with its name and speed in km/h', async () => {
    const response = await server.signedGet('/shanghai/traffic/roads');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { resultCode: number; updateTime: string; roads: Array<Record<string, unknown>> };
    expect(body.resultCode).toBe(0);
    expect(body.updateTime).toBe('2026-03-02 08:30:00');
    const names = ['畅通', '缓行', '拥堵', '严重拥堵'];
    for (const road of body.roads) {
      expect([1, 2, 3, 4]).toContain(road.status);
      expect(road.statusName).toBe(names[(road.status as number) - 1]);
      expect(Number.isInteger(road.speed)).toBe(true);
    }
    expect(body.roads.map((road) => road.roadName)).toEqual(
      expect.arrayContaining(['延安高架路', '南北高架路', '内环高架路', '中环路', '中山东一路']),
    );
  });

  it('Shanghai roads can be filtered by road name', async () => {
    const response = await server.signedGet(`/shanghai/traffic/roads?roadName=${encodeURIComponent('南北高架路')}`);
    const body = (await response.json()) as { roads: Array<{ roadName: string }> };
    expect(body.roads).toHaveLength(2);
    expect(new Set(body.roads.map((road) => road.roadName))).toEqual(new Set(['南北高架路']));
  });

  it('Shanghai events: the incidents in force, with Chinese types', async () => {
    const response = await server.signedGet('/shanghai/traffic/events');
    const body = (await response.json()) as { resultCode: number; total: number; events: Array<Record<string, string>> };
    expect(body.resultCode).toBe(0);
    expect(body.total).toBe(body.events.length);
    expect(body.events.length).toBeGreaterThanOrEqual(1);
    for (const event of body.events) {
      expect(['交通事故', '道路施工', '道路封闭', '大型活动']).toContain(event.eventType);
      expect(event.startTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }
  });

  it('Chengdu congestion: errcode 0, an index, word levels and incidents', async () => {
    const response = await server.signedGet('/chengdu/traffic/congestion');
    const body = (await response.json()) as {
      errcode: number;
      data: {
        updated_at: string;
        index: number;
        level: string;
        segments: Array<{ name: string; level: string; speed_kmh: number }>;
        incidents: Array<{ type: string; start_at: string }>;
      };
    };
    expect(body.errcode).toBe(0);
    expect(body.data.updated_at).toBe('2026-03-02T08:30:00+08:00');
    expect(body.data.index).toBeGreaterThanOrEqual(1);
    expect(['smooth', 'slow', 'jam', 'severe']).toContain(body.data.level);
    for (const segment of body.data.segments) expect(['smooth', 'slow', 'jam', 'severe']).toContain(segment.level);
    expect(body.data.segments.map((s) => s.name)).toEqual(
      expect.arrayContaining(['一环路', '二环高架', '人民南路', '天府大道', '蜀都大道']),
    );
    for (const incident of body.data.incidents) {
      expect(['accident', 'roadworks', 'closure', 'event']).toContain(incident.type);
      expect(incident.start_at).toMatch(/\+08:00$/);
    }
  });

  it('answers unknown paths with 404 in each dialect', async () => {
    const shanghai = await server.signedGet('/shanghai/traffic/congestion');
    expect(shanghai.status).toBe(404);
    expect(await shanghai.json()).toEqual({ resultCode: 404, resultMsg: '接口不存在' });
    const chengdu = await server.signedGet('/chengdu/traffic/roads');
    expect(chengdu.status).toBe(404);
    expect(await chengdu.json()).toEqual({ errcode: 40401, errmsg: 'api not found' });
  });
});

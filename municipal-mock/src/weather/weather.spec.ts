import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';
import { CHENGDU_CLIMATE } from './data/chengdu.js';
import { SHANGHAI_CLIMATE } from './data/shanghai.js';
import { currentWeather, dailyWeather, diurnalShare } from './model.js';

describe('weather model', () => {
  it('is the same for the same date, whoever asks', () => {
    expect(dailyWeather(SHANGHAI_CLIMATE, '2026-03-02')).toEqual(dailyWeather(SHANGHAI_CLIMATE, '2026-03-02'));
    expect(dailyWeather(CHENGDU_CLIMATE, '2026-03-02')).not.toEqual(dailyWeather(SHANGHAI_CLIMATE, '2026-03-02'));
  });

  it('is plausible for the season: July is hotter than January, highs above lows', () => {
    const days = (climate: typeof SHANGHAI_CLIMATE, month: string) =>
      Array.from({ length: 28 }, (_, i) => dailyWeather(climate, `2026-${month}-${String(i + 1).padStart(2, '0')}`));
    for (const climate of [SHANGHAI_CLIMATE, CHENGDU_CLIMATE]) {
      const january = days(climate, '01');
      const july = days(climate, '07');
      const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
      expect(mean(july.map((d) => d.high))).toBeGreaterThan(mean(january.map((d) => d.high)) + 15);
      for (const day of [...january, ...july]) {
        expect(day.high).toBeGreaterThanOrEqual(day.low + 2);
        expect(day.humidity).toBeGreaterThan(0);
        expect(day.humidity).toBeLessThan(1);
        expect(day.aqi).toBeGreaterThan(0);
      }
      expect(july.some((d) => d.dayCondition === 'light_snow')).toBe(false);
    }
  });

  it('is coolest before dawn and warmest in the early afternoon', () => {
    expect(diurnalShare(5)).toBeCloseTo(0);
    expect(diurnalShare(14)).toBeCloseTo(1);
    const dawn = currentWeather(SHANGHAI_CLIMATE, at('2026-07-15', '05:00'));
    const afternoon = currentWeather(SHANGHAI_CLIMATE, at('2026-07-15', '14:00'));
    expect(afternoon.temperature).toBeGreaterThan(dawn.temperature);
  });
});

describe('weather endpoints', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  afterAll(() => server.close());

  it('Shanghai: code 200, string measurements, Chinese conditions, today + 2 days', async () => {
    const response = await server.signedGet('/shanghai/weather/forecast');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      code: number;
      result: { updateTime: string; realtime: Record<string, string>; forecast: Array<Record<string, string>> };
    };
    expect(body.code).toBe(200);
    expect(body.result.updateTime).toBe('2026-03-02 08:10');
    const { realtime, forecast } = body.result;
    expect(realtime.wea).toMatch(/^(晴|多云|阴|小雨|中雨|大雨|雷阵雨|小雪|雾|霾)$/);
    expect(realtime.tem).toMatch(/^-?\d+$/);
    expect(realtime.humidity).toMatch(/^\d{1,3}%$/);
    expect(realtime.win).toMatch(/风$/);
    expect(realtime.win_speed).toMatch(/^(<3|\d{1,2})级$/);
    expect(realtime.aqi).toMatch(/^\d+$/);
    expect(realtime.air_level).toMatch(/^(优|良|轻度污染|中度污染|重度污染|严重污染)$/);
    expect(forecast.map((day) => day.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(forecast.map((day) => day.week)).toEqual(['星期一', '星期二', '星期三']);
    for (const day of forecast) expect(Number(day.tem_day)).toBeGreaterThan(Number(day.tem_night));
  });

  it('Chengdu: ret 0, numeric measurements, SKYCON codes, humidity as a fraction, today + 2 days', async () => {
    const response = await server.signedGet('/chengdu/weather/v2/weather');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      ret: number;
      server_time: number;
      weather: {
        now: { skycon: string; temperature: number; humidity: number; wind: { speed: number; direction: number }; aqi: { chn: number } };
        daily: Array<{ date: string; skycon: string; temperature: { max: number; min: number } }>;
      };
    };
    expect(body.ret).toBe(0);
    expect(body.server_time).toBe(at('2026-03-02', '08:15') / 1000);
    const { now, daily } = body.weather;
    expect(now.skycon).toMatch(/^[A-Z_]+$/);
    expect(typeof now.temperature).toBe('number');
    expect(now.humidity).toBeGreaterThan(0);
    expect(now.humidity).toBeLessThan(1);
    expect(now.wind.direction).toBeGreaterThanOrEqual(0);
    expect(now.wind.direction).toBeLessThan(360);
    expect(Number.isInteger(now.aqi.chn)).toBe(true);
    expect(daily.map((day) => day.date)).toEqual([
      '2026-03-02T00:00+08:00',
      '2026-03-03T00:00+08:00',
      '2026-03-04T00:00+08:00',
    ]);
    for (const day of daily) expect(day.temperature.max).toBeGreaterThan(day.temperature.min);
  });

  it('answers the same weather for the same clock on a fresh server', async () => {
    const other = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
    const mine = await (await server.signedGet('/chengdu/weather/v2/weather')).json();
    const theirs = await (await other.signedGet('/chengdu/weather/v2/weather')).json();
    expect(theirs).toEqual(mine);
    await other.close();
  });

  it('answers unknown paths with 404 in each dialect', async () => {
    const shanghai = await server.signedGet('/shanghai/weather/hourly');
    expect(shanghai.status).toBe(404);
    expect(await shanghai.json()).toEqual({ code: 404, msg: '接口不存在', result: null });
    const chengdu = await server.signedGet('/chengdu/weather/v1/weather');
    expect(chengdu.status).toBe(404);
    expect(await chengdu.json()).toEqual({ ret: 40400, msg: 'not found' });
  });
});

import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { ChengduWeatherClient, beaufort, windWord } from './chengdu-weather.client';
import { ShanghaiWeatherClient } from './shanghai-weather.client';

describe('Shanghai weather dialect', () => {
  it('reads strings with units and Chinese condition words', async () => {
    const body = {
      code: 200,
      result: {
        realtime: { wea: '多云', tem: '18', humidity: '62%', win: '东南风', win_speed: '3级', aqi: '48' },
        forecast: [
          { date: '2026-03-02', wea_day: '小雨', tem_day: '16', tem_night: '9' },
          { date: '2026-03-03', wea_day: '雾凇', tem_day: '12', tem_night: '5' },
        ],
      },
    };
    const client = new ShanghaiWeatherClient(cannedRegistry({ '/shanghai/weather/forecast': { body: JSON.stringify(body) } }));
    expect(await client.getWeather()).toEqual({
      current: { condition: 'partly-cloudy', temperatureC: 18, humidityPercent: 62, windDirection: '东南风', windScale: 3, aqi: 48 },
      forecast: [
        { date: '2026-03-02', condition: 'light-rain', highC: 16, lowC: 9 },
        { date: '2026-03-03', condition: 'other', highC: 12, lowC: 5 },
      ],
    });
  });

  it('reads "<3级" as light air (force 2)', async () => {
    const body = { code: 200, result: { realtime: { wea: '晴', tem: '3', humidity: '40%', win: '北风', win_speed: '<3级' }, forecast: [] } };
    const client = new ShanghaiWeatherClient(cannedRegistry({ '/shanghai/weather/forecast': { body: JSON.stringify(body) } }));
    expect((await client.getWeather()).current.windScale).toBe(2);
  });
});

describe('Chengdu weather dialect', () => {
  it('reads SKYCON codes, humidity as a fraction and wind in km/h and degrees', async () => {
    const body = {
      ret: 0,
      weather: {
        now: { skycon: 'LIGHT_HAZE', temperature: 12.6, humidity: 0.81, wind: { speed: 14, direction: 135 }, aqi: { chn: 121 } },
        daily: [{ date: '2026-03-02T00:00+08:00', skycon_08h_20h: 'CLOUDY', temperature: { max: 15.4, min: 8.2 } }],
      },
    };
    const client = new ChengduWeatherClient(cannedRegistry({ '/chengdu/weather/v2/weather': { body: JSON.stringify(body) } }));
    expect(await client.getWeather()).toEqual({
      current: { condition: 'haze', temperatureC: 13, humidityPercent: 81, windDirection: '东南风', windScale: 3, aqi: 121 },
      forecast: [{ date: '2026-03-02', condition: 'cloudy', highC: 15, lowC: 8 }],
    });
  });

  it('names wind directions and Beaufort forces', () => {
    expect([0, 45, 90, 180, 270, 350].map(windWord)).toEqual(['北风', '东北风', '东风', '南风', '西风', '北风']);
    expect([0, 5, 11, 19, 28, 120].map(beaufort)).toEqual([0, 1, 2, 3, 4, 12]);
  });
});

import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { formatShanghaiIso } from '../platform/time.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import type { Condition } from './climate.js';
import { CHENGDU_CLIMATE } from './data/chengdu.js';
import { aqiCategory, currentWeather, forecastDays } from './model.js';

/**
 * Chengdu weather dialect: {ret: 0, msg, weather: {now, daily}}; numbers are numbers,
 * conditions are SKYCON enum codes, humidity is a fraction, wind is km/h plus degrees.
 * daily = today + the next 2 days.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'chengdu-weather',
  prefix: '/chengdu/weather',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 500, body: { ret: 50000, msg: 'internal error' } }),
  routeNotFound: () => ({ statusCode: 404, body: { ret: 40400, msg: 'not found' } }),
};

export function skycon(condition: Condition, isDaytime: boolean, aqi: number): string {
  switch (condition) {
    case 'clear':
      return isDaytime ? 'CLEAR_DAY' : 'CLEAR_NIGHT';
    case 'partly_cloudy':
      return isDaytime ? 'PARTLY_CLOUDY_DAY' : 'PARTLY_CLOUDY_NIGHT';
    case 'cloudy':
      return 'CLOUDY';
    case 'light_rain':
      return 'LIGHT_RAIN';
    case 'moderate_rain':
      return 'MODERATE_RAIN';
    case 'heavy_rain':
      return 'HEAVY_RAIN';
    case 'thunderstorm':
      return 'THUNDER_SHOWER';
    case 'light_snow':
      return 'LIGHT_SNOW';
    case 'fog':
      return 'FOG';
    case 'haze':
      return aqi > 200 ? 'HEAVY_HAZE' : aqi > 150 ? 'MODERATE_HAZE' : 'LIGHT_HAZE';
  }
}

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  scope.get('/v2/weather', async (_request, reply) => {
    const nowMs = ctx.clock.now();
    // Observations are published every 10 minutes.
    const observedAt = Math.floor(nowMs / 600_000) * 600_000;
    const now = currentWeather(CHENGDU_CLIMATE, observedAt);
    const days = forecastDays(CHENGDU_CLIMATE, observedAt, 2);
    return reply.type(JSON_TYPE).send({
      ret: 0,
      msg: 'success',
      server_time: Math.floor(nowMs / 1000),
      location: { adcode: '510100', name: '成都市' },
      weather: {
        now: {
          obs_time: formatShanghaiIso(observedAt),
          skycon: skycon(now.condition, now.isDaytime, now.aqi),
          temperature: now.temperature,
          apparent_temperature: now.apparentTemperature,
          humidity: now.humidity,
          wind: { speed: now.windKmh, direction: now.windFromDeg },
          aqi: { chn: now.aqi, description: aqiCategory(now.aqi) },
          pm25: now.pm25,
        },
        daily: days.map((day) => ({
          date: `${day.date}T00:00+08:00`,
          skycon: skycon(day.dayCondition, true, day.aqi),
          skycon_08h_20h: skycon(day.dayCondition, true, day.aqi),
          skycon_20h_32h: skycon(day.nightCondition, false, day.aqi),
          temperature: { max: day.high, min: day.low },
          humidity: { avg: day.humidity },
          wind: { speed: day.windKmh, direction: day.windFromDeg },
          aqi: { chn: day.aqi, description: aqiCategory(day.aqi) },
        })),
      },
    });
  });
}

export function registerChengduWeather(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

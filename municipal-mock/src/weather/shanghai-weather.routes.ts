import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { WEEKDAY_NAMES_ZH, formatShanghaiMinute, toShanghaiTime } from '../platform/time.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import type { Condition } from './climate.js';
import { SHANGHAI_CLIMATE } from './data/shanghai.js';
import { aqiCategory, beaufort, currentWeather, forecastDays } from './model.js';

/**
 * Shanghai weather dialect: {code: 200, msg, result}; every measurement is a string,
 * conditions are Chinese words, wind is a direction word plus a Beaufort force ("3级").
 * Forecast = today + the next 2 days.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'shanghai-weather',
  prefix: '/shanghai/weather',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { code: 503, msg: '服务暂时不可用', result: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { code: 404, msg: '接口不存在', result: null } }),
};

export const CONDITION_WORDS: Record<Condition, string> = {
  clear: '晴',
  partly_cloudy: '多云',
  cloudy: '阴',
  light_rain: '小雨',
  moderate_rain: '中雨',
  heavy_rain: '大雨',
  thunderstorm: '雷阵雨',
  light_snow: '小雪',
  fog: '雾',
  haze: '霾',
};

const WIND_WORDS = ['北风', '东北风', '东风', '东南风', '南风', '西南风', '西风', '西北风'] as const;

const windWord = (fromDeg: number): string => WIND_WORDS[Math.round(fromDeg / 45) % 8] ?? '北风';
const windForce = (kmh: number): string => {
  const force = beaufort(kmh);
  return force < 3 ? '<3级' : `${force}级`;
};
const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  scope.get('/forecast', async (_request, reply) => {
    // Observations are published every 10 minutes.
    const observedAt = Math.floor(ctx.clock.now() / 600_000) * 600_000;
    const now = currentWeather(SHANGHAI_CLIMATE, observedAt);
    const days = forecastDays(SHANGHAI_CLIMATE, observedAt, 2);
    return reply.type(JSON_TYPE).send({
      code: 200,
      msg: 'success',
      result: {
        city: '上海',
        cityId: '101020100',
        updateTime: formatShanghaiMinute(observedAt),
        realtime: {
          wea: CONDITION_WORDS[now.condition],
          tem: String(Math.round(now.temperature)),
          humidity: percent(now.humidity),
          win: windWord(now.windFromDeg),
          win_speed: windForce(now.windKmh),
          aqi: String(now.aqi),
          air_level: aqiCategory(now.aqi),
          pm25: String(now.pm25),
        },
        forecast: days.map((day) => {
          const dayWord = CONDITION_WORDS[day.dayCondition];
          const nightWord = CONDITION_WORDS[day.nightCondition];
          return {
            date: day.date,
            week: WEEKDAY_NAMES_ZH[toShanghaiTime(Date.parse(`${day.date}T12:00:00+08:00`)).weekday],
            wea: dayWord === nightWord ? dayWord : `${dayWord}转${nightWord}`,
            wea_day: dayWord,
            wea_night: nightWord,
            tem_day: String(day.high),
            tem_night: String(day.low),
            win: windWord(day.windFromDeg),
            win_speed: windForce(day.windKmh),
            humidity: percent(day.humidity),
            aqi: String(day.aqi),
            air_level: aqiCategory(day.aqi),
          };
        }),
      },
    });
  });
}

export function registerShanghaiWeather(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

import { Injectable } from '@nestjs/common';
import type { WeatherCondition } from '@portal/shared';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { WeatherUpstream, type WeatherData } from '../weather.upstream';

/** Shanghai's words for the sky. An unknown word is `other`, never an error. */
const CONDITIONS: Record<string, WeatherCondition> = {
  晴: 'sunny',
  多云: 'partly-cloudy',
  阴: 'cloudy',
  小雨: 'light-rain',
  中雨: 'rain',
  大雨: 'heavy-rain',
  暴雨: 'heavy-rain',
  雷阵雨: 'thunderstorm',
  小雪: 'snow',
  中雪: 'snow',
  大雪: 'snow',
  雾: 'fog',
  霾: 'haze',
};

/**
 * Shanghai's weather service: `{code: 200, msg, result}`, every measurement a string
 * ("18", "62%", "3级"), conditions as Chinese words; forecast is today and the next two days.
 */
@Injectable()
export class ShanghaiWeatherClient extends WeatherUpstream {
  readonly service = 'shanghai-weather' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getWeather(requestId?: string): Promise<WeatherData> {
    return this.registry.client(this.service).get('/shanghai/weather/forecast', (response) => this.translate(response), requestId);
  }

  private translate(response: UpstreamResponse): WeatherData {
    const body = this.read.object(this.read.json(response), 'body');
    if (this.read.number(body.code, 'code') !== 200) throw this.read.malformed(`code ${String(body.code)}`);
    const result = this.read.object(body.result, 'result');
    const now = this.read.object(result.realtime, 'realtime');
    return {
      current: {
        condition: CONDITIONS[this.read.string(now.wea, 'wea')] ?? 'other',
        temperatureC: this.read.number(now.tem, 'tem'),
        humidityPercent: this.percent(now.humidity),
        windDirection: this.read.string(now.win, 'win'),
        windScale: this.force(now.win_speed),
        aqi: this.read.optionalNumber(now.aqi, 'aqi'),
      },
      forecast: this.read.array(result.forecast, 'forecast').map((raw) => {
        const day = this.read.object(raw, 'forecast day');
        return {
          date: this.read.string(day.date, 'date'),
          condition: CONDITIONS[this.read.string(day.wea_day, 'wea_day')] ?? 'other',
          highC: this.read.number(day.tem_day, 'tem_day'),
          lowC: this.read.number(day.tem_night, 'tem_night'),
        };
      }),
    };
  }

  /** "62%" → 62 */
  private percent(value: unknown): number {
    return this.read.number(this.read.string(value, 'humidity').replace('%', ''), 'humidity');
  }

  /** "3级" → 3; "<3级" (light air) → 2 */
  private force(value: unknown): number {
    const text = this.read.string(value, 'win_speed');
    if (text.startsWith('<')) return Math.max(0, this.read.number(text.replace(/[<级]/g, ''), 'win_speed') - 1);
    return this.read.number(text.replace('级', ''), 'win_speed');
  }
}

import { Injectable } from '@nestjs/common';
import type { WeatherCondition } from '@portal/shared';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { WeatherUpstream, type WeatherData } from '../weather.upstream';

/** Chengdu's SKYCON codes. An unknown code is `other`, never an error. */
function condition(skycon: string): WeatherCondition {
  if (skycon.startsWith('CLEAR')) return 'sunny';
  if (skycon.startsWith('PARTLY_CLOUDY')) return 'partly-cloudy';
  if (skycon === 'CLOUDY') return 'cloudy';
  if (skycon === 'LIGHT_RAIN') return 'light-rain';
  if (skycon === 'MODERATE_RAIN') return 'rain';
  if (skycon === 'HEAVY_RAIN' || skycon === 'STORM_RAIN') return 'heavy-rain';
  if (skycon.startsWith('THUNDER')) return 'thunderstorm';
  if (skycon.endsWith('SNOW')) return 'snow';
  if (skycon === 'FOG') return 'fog';
  if (skycon.endsWith('HAZE')) return 'haze';
  return 'other';
}

const WIND_WORDS = ['北风', '东北风', '东风', '东南风', '南风', '西南风', '西风', '西北风'];
/** Upper bounds (km/h) of Beaufort forces 0..11. */
const BEAUFORT_KMH = [1, 6, 12, 20, 29, 39, 50, 62, 75, 89, 103, 118];

export function windWord(fromDegrees: number): string {
  return WIND_WORDS[Math.round((((fromDegrees % 360) + 360) % 360) / 45) % 8]!;
}

export function beaufort(kmh: number): number {
  const force = BEAUFORT_KMH.findIndex((limit) => kmh < limit);
  return force === -1 ? 12 : force;
}

/**
 * Chengdu's weather service: `{ret: 0, weather: {now, daily}}`, numbers as numbers, SKYCON
 * codes, humidity as a fraction, wind in km/h and degrees; daily is today and the next two days.
 */
@Injectable()
export class ChengduWeatherClient extends WeatherUpstream {
  readonly service = 'chengdu-weather' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getWeather(requestId?: string): Promise<WeatherData> {
    return this.registry.client(this.service).get('/chengdu/weather/v2/weather', (response) => this.translate(response), requestId);
  }

  private translate(response: UpstreamResponse): WeatherData {
    const body = this.read.object(this.read.json(response), 'body');
    if (this.read.number(body.ret, 'ret') !== 0) throw this.read.malformed(`ret ${String(body.ret)}`);
    const weather = this.read.object(body.weather, 'weather');
    const now = this.read.object(weather.now, 'now');
    const wind = this.read.object(now.wind, 'now.wind');
    const aqi = now.aqi === undefined ? undefined : this.read.object(now.aqi, 'now.aqi');
    return {
      current: {
        condition: condition(this.read.string(now.skycon, 'skycon')),
        temperatureC: Math.round(this.read.number(now.temperature, 'temperature')),
        humidityPercent: Math.round(this.read.number(now.humidity, 'humidity') * 100),
        windDirection: windWord(this.read.number(wind.direction, 'wind.direction')),
        windScale: beaufort(this.read.number(wind.speed, 'wind.speed')),
        aqi: aqi ? this.read.optionalNumber(aqi.chn, 'aqi.chn') : undefined,
      },
      forecast: this.read.array(weather.daily, 'daily').map((raw) => {
        const day = this.read.object(raw, 'daily day');
        const temperature = this.read.object(day.temperature, 'daily.temperature');
        return {
          date: this.read.string(day.date, 'date').slice(0, 10),
          condition: condition(this.read.string(day.skycon_08h_20h ?? day.skycon, 'skycon')),
          highC: Math.round(this.read.number(temperature.max, 'temperature.max')),
          lowC: Math.round(this.read.number(temperature.min, 'temperature.min')),
        };
      }),
    };
  }
}

import type { CityId } from '../cities/catalog.types.js';
import type { Freshness } from './freshness.js';

export const WEATHER_CONDITIONS = [
  'sunny',
  'partly-cloudy',
  'cloudy',
  'overcast',
  'light-rain',
  'rain',
  'heavy-rain',
  'thunderstorm',
  'snow',
  'fog',
  'haze',
  'other',
] as const;
export type WeatherCondition = (typeof WEATHER_CONDITIONS)[number];

export interface CurrentWeather {
  condition: WeatherCondition;
  temperatureC: number;
  /** 0..100 */
  humidityPercent: number;
  windDirection: string;
  /** Beaufort scale. */
  windScale: number;
  aqi?: number;
}

export interface ForecastDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  condition: WeatherCondition;
  highC: number;
  lowC: number;
}

/** GET /api/v1/cities/{city}/weather — current and a 3-day forecast (today and the next two days). */
export interface WeatherResponse extends Freshness {
  city: CityId;
  current: CurrentWeather;
  forecast: ForecastDay[];
}

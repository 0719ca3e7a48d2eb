import type { CurrentWeather, ForecastDay, UpstreamService } from '@portal/shared';

export interface WeatherData {
  current: CurrentWeather;
  /** Today and the next two days. */
  forecast: ForecastDay[];
}

/** A city's weather service, its dialect translated at the edge. */
export abstract class WeatherUpstream {
  abstract readonly service: UpstreamService;
  abstract getWeather(requestId?: string): Promise<WeatherData>;
}

export const WEATHER_UPSTREAMS = Symbol('WEATHER_UPSTREAMS');

import { apiPaths, type CityId, type WeatherResponse } from '@portal/shared';
import { getJson } from './request';

export function fetchWeather(city: CityId): Promise<WeatherResponse> {
  return getJson<WeatherResponse>(apiPaths.weather(city));
}

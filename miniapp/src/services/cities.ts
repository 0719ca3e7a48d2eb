import { apiPaths, type CitiesResponse, type CityHomeResponse, type CityId } from '@portal/shared';
import { getJson } from './request';

export function fetchCities(): Promise<CitiesResponse> {
  return getJson<CitiesResponse>(apiPaths.cities());
}

export function fetchCityHome(city: CityId): Promise<CityHomeResponse> {
  return getJson<CityHomeResponse>(apiPaths.cityHome(city));
}

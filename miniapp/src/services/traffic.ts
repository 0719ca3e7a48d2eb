import { apiPaths, type CityId, type TrafficResponse } from '@portal/shared';
import { getJson } from './request';

export function fetchTraffic(city: CityId): Promise<TrafficResponse> {
  return getJson<TrafficResponse>(apiPaths.traffic(city));
}

import {
  apiPaths,
  type BusArrivalsResponse,
  type BusDirection,
  type BusLineResponse,
  type CityId,
  type SearchBusLinesResponse,
} from '@portal/shared';
import { getJson } from './request';

export function searchBusLines(city: CityId, q: string): Promise<SearchBusLinesResponse> {
  return getJson<SearchBusLinesResponse>(apiPaths.busLines(city), { q });
}

export function fetchBusLine(city: CityId, lineId: string): Promise<BusLineResponse> {
  return getJson<BusLineResponse>(apiPaths.busLine(city, lineId));
}

export function fetchBusArrivals(
  city: CityId,
  query: { lineId: string; stopId: string; direction: BusDirection },
): Promise<BusArrivalsResponse> {
  return getJson<BusArrivalsResponse>(apiPaths.busArrivals(city), query);
}

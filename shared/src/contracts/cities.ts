import type { City } from '../cities/catalog.types.js';
import type { TrafficSummary } from './traffic.js';
import type { WeatherResponse } from './weather.js';

/** GET /api/v1/cities */
export interface CitiesResponse {
  cities: City[];
}

/**
 * GET /api/v1/cities/{city}/home — what the first screen needs in one request.
 * `weather` and `traffic` are null when the city has no such service or its system is down
 * with nothing cached; the catalog always comes.
 */
export interface CityHomeResponse {
  city: City;
  weather: WeatherResponse | null;
  traffic: TrafficSummary | null;
}

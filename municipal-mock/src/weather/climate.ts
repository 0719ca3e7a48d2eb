/** City-neutral weather vocabulary; each dialect spells these its own way. */
export type Condition =
  | 'clear'
  | 'partly_cloudy'
  | 'cloudy'
  | 'light_rain'
  | 'moderate_rain'
  | 'heavy_rain'
  | 'thunderstorm'
  | 'light_snow'
  | 'fog'
  | 'haze';

export interface MonthClimate {
  /** Average daily high / low, °C. */
  high: number;
  low: number;
  /** Typical daily AQI (China HJ 633-2012 scale). */
  aqi: number;
  /** Prevailing wind direction, degrees (0 = from the north, 90 = from the east). */
  windFromDeg: number;
  /** Typical wind speed range, km/h. */
  windKmh: readonly [number, number];
  /** Relative likelihood of each daytime condition. */
  weights: Readonly<Partial<Record<Condition, number>>>;
}

export interface CityClimate {
  city: string;
  /** Added to the relative humidity of a condition (inland basins are damper). */
  humidityBias: number;
  /** January first. */
  months: readonly MonthClimate[];
}

export const RAINY: ReadonlySet<Condition> = new Set(['light_rain', 'moderate_rain', 'heavy_rain', 'thunderstorm']);

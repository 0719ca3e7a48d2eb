import { seededRng, weightedPick, type Rng } from '../platform/seeded.js';
import { shanghaiMidnight, toShanghaiTime } from '../platform/time.js';
import { RAINY, type CityClimate, type Condition, type MonthClimate } from './climate.js';

/**
 * Deterministic weather: a day's weather depends only on the city and the date; the current
 * conditions on the city, date and hour (plus the minute for temperature interpolation).
 */

export interface DayWeather {
  date: string;
  dayCondition: Condition;
  nightCondition: Condition;
  /** °C, whole degrees */
  high: number;
  low: number;
  /** 0-1 */
  humidity: number;
  windFromDeg: number;
  windKmh: number;
  aqi: number;
}

export interface CurrentWeather {
  condition: Condition;
  isDaytime: boolean;
  /** °C, one decimal */
  temperature: number;
  apparentTemperature: number;
  humidity: number;
  windFromDeg: number;
  windKmh: number;
  aqi: number;
  pm25: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const round2 = (n: number): number => Math.round(n * 100) / 100;
const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));
const jitter = (rng: Rng, spread: number): number => (rng() * 2 - 1) * spread;

const BASE_HUMIDITY: Record<Condition, number> = {
  clear: 0.5,
  partly_cloudy: 0.58,
  cloudy: 0.68,
  light_rain: 0.84,
  moderate_rain: 0.9,
  heavy_rain: 0.94,
  thunderstorm: 0.86,
  light_snow: 0.82,
  fog: 0.95,
  haze: 0.7,
};

const AQI_FACTOR: Record<Condition, number> = {
  clear: 0.95,
  partly_cloudy: 1,
  cloudy: 1.1,
  light_rain: 0.7,
  moderate_rain: 0.55,
  heavy_rain: 0.45,
  thunderstorm: 0.6,
  light_snow: 0.8,
  fog: 1.35,
  haze: 1.9,
};

function monthOf(climate: CityClimate, date: string): MonthClimate {
  const month = Number(date.slice(5, 7));
  const normals = climate.months[month - 1];
  if (!normals) throw new Error(`No climate for month ${month}`);
  return normals;
}

function nightConditionFor(rng: Rng, day: Condition): Condition {
  switch (day) {
    case 'clear':
      return rng() < 0.8 ? 'clear' : 'partly_cloudy';
    case 'partly_cloudy':
      return rng() < 0.5 ? 'clear' : rng() < 0.5 ? 'partly_cloudy' : 'cloudy';
    case 'thunderstorm':
      return rng() < 0.5 ? 'light_rain' : 'cloudy';
    case 'heavy_rain':
      return rng() < 0.6 ? 'moderate_rain' : 'heavy_rain';
    case 'fog':
      return 'fog';
    default:
      return rng() < 0.7 ? day : 'cloudy';
  }
}

export function dailyWeather(climate: CityClimate, date: string): DayWeather {
  const normals = monthOf(climate, date);
  const rng = seededRng('weather-day', climate.city, date);
  const highBase = normals.high + jitter(rng, 3);
  const lowBase = normals.low + jitter(rng, 2);

  let dayCondition = weightedPick(rng, normals.weights);
  if (dayCondition === 'light_snow' && lowBase > 2) dayCondition = 'light_rain';
  if (dayCondition === 'thunderstorm' && highBase < 18) dayCondition = 'moderate_rain';
  const nightCondition = nightConditionFor(rng, dayCondition);

  const rainy = RAINY.has(dayCondition) || dayCondition === 'light_snow';
  const high = Math.round(highBase + (rainy ? -2 : dayCondition === 'clear' ? 1.5 : 0));
  const low = Math.min(Math.round(lowBase + (dayCondition === 'cloudy' ? 1 : 0)), high - 2);
  const humidity = round2(clamp(BASE_HUMIDITY[dayCondition] + climate.humidityBias + jitter(rng, 0.05), 0.25, 0.98));
  const windFromDeg = (Math.round(normals.windFromDeg + jitter(rng, 45)) + 360) % 360;
  const windKmh = round1(normals.windKmh[0] + rng() * (normals.windKmh[1] - normals.windKmh[0]));
  const aqi = Math.max(15, Math.round(normals.aqi * AQI_FACTOR[dayCondition] * (0.75 + rng() * 0.5)));

  return { date, dayCondition, nightCondition, high, low, humidity, windFromDeg, windKmh, aqi };
}

/** Share of the day's temperature range reached at a given hour: 0 at 05:00, 1 at 14:00. */
export function diurnalShare(hourOfDay: number): number {
  const h = hourOfDay < 5 ? hourOfDay + 24 : hourOfDay;
  if (h <= 14) return (1 - Math.cos((Math.PI * (h - 5)) / 9)) / 2;
  return (1 + Math.cos((Math.PI * (h - 14)) / 15)) / 2;
}

export function currentWeather(climate: CityClimate, epochMs: number): CurrentWeather {
  const t = toShanghaiTime(epochMs);
  const day = dailyWeather(climate, t.dateKey);
  const rng = seededRng('weather-hour', climate.city, t.dateKey, t.hour);
  const hour = t.secondsOfDay / 3600;
  const isDaytime = t.hour >= 6 && t.hour < 18;
  const share = diurnalShare(hour);

  let condition = isDaytime ? day.dayCondition : day.nightCondition;
  if (condition === 'fog' && t.hour >= 11 && t.hour < 18) condition = 'cloudy';

  const temperature = round1(day.low + (day.high - day.low) * share + jitter(rng, 0.4));
  const humidity = round2(clamp(day.humidity + (0.5 - share) * 0.16 + jitter(rng, 0.02), 0.2, 0.99));
  const windKmh = round1(Math.max(0, day.windKmh * (0.7 + rng() * 0.6)));
  const windFromDeg = (Math.round(day.windFromDeg + jitter(rng, 20)) + 360) % 360;
  // Humid heat feels hotter, wind feels colder.
  const apparentTemperature = round1(
    temperature + (temperature > 24 ? (humidity - 0.5) * 8 : 0) - (windKmh / 10) * (temperature < 15 ? 1 : 0.4),
  );
  const aqi = Math.max(10, Math.round(day.aqi * (0.85 + rng() * 0.3)));
  const pm25 = Math.round(aqi * (condition === 'haze' ? 0.75 : 0.55));

  return { condition, isDaytime, temperature, apparentTemperature, humidity, windFromDeg, windKmh, aqi, pm25 };
}

/** Today plus the next `extraDays` days, starting from the Shanghai date of `epochMs`. */
export function forecastDays(climate: CityClimate, epochMs: number, extraDays: number): DayWeather[] {
  const today = toShanghaiTime(epochMs).dateKey;
  const start = shanghaiMidnight(today);
  const days: DayWeather[] = [];
  for (let i = 0; i <= extraDays; i++) {
    days.push(dailyWeather(climate, toShanghaiTime(start + i * 86_400_000).dateKey));
  }
  return days;
}

/** China AQI category (HJ 633-2012). */
export function aqiCategory(aqi: number): string {
  if (aqi <= 50) return '优';
  if (aqi <= 100) return '良';
  if (aqi <= 150) return '轻度污染';
  if (aqi <= 200) return '中度污染';
  if (aqi <= 300) return '重度污染';
  return '严重污染';
}

/** Beaufort force from km/h. */
export function beaufort(kmh: number): number {
  const limits = [1, 6, 12, 20, 29, 39, 50, 62, 75, 89, 103, 118];
  const force = limits.findIndex((limit) => kmh < limit);
  return force === -1 ? 12 : force;
}

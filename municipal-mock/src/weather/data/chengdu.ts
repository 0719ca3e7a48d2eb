import type { CityClimate } from '../climate.js';

/**
 * Chengdu monthly normals (rounded from public climate tables): a damp, overcast basin with
 * little wind, winter fog and haze, and summer night rain.
 */
export const CHENGDU_CLIMATE: CityClimate = {
  city: 'chengdu',
  humidityBias: 0.08,
  months: [
    { high: 10, low: 3, aqi: 110, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 0.8, partly_cloudy: 2, cloudy: 5, light_rain: 0.8, fog: 1.5, haze: 2, light_snow: 0.1 } },
    { high: 12, low: 5, aqi: 90, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 1, partly_cloudy: 2, cloudy: 5, light_rain: 1.2, fog: 1, haze: 1.5 } },
    { high: 17, low: 9, aqi: 75, windFromDeg: 0, windKmh: [4, 12], weights: { clear: 1.5, partly_cloudy: 3, cloudy: 4, light_rain: 1.5, fog: 0.5, haze: 0.8 } },
    { high: 23, low: 13, aqi: 65, windFromDeg: 0, windKmh: [4, 12], weights: { clear: 2, partly_cloudy: 3, cloudy: 3.5, light_rain: 1.8, moderate_rain: 0.5, thunderstorm: 0.3 } },
    { high: 27, low: 18, aqi: 70, windFromDeg: 180, windKmh: [4, 12], weights: { clear: 2, partly_cloudy: 3, cloudy: 3, light_rain: 1.5, moderate_rain: 0.8, thunderstorm: 0.8 } },
    { high: 29, low: 21, aqi: 60, windFromDeg: 180, windKmh: [4, 12], weights: { clear: 1.5, partly_cloudy: 2.5, cloudy: 3, light_rain: 1.5, moderate_rain: 1.2, heavy_rain: 0.6, thunderstorm: 1 } },
    { high: 31, low: 23, aqi: 50, windFromDeg: 157, windKmh: [4, 12], weights: { clear: 1.5, partly_cloudy: 3, cloudy: 2.5, light_rain: 1.2, moderate_rain: 1.2, heavy_rain: 1, thunderstorm: 1.5 } },
    { high: 31, low: 22, aqi: 55, windFromDeg: 157, windKmh: [4, 12], weights: { clear: 2, partly_cloudy: 3, cloudy: 2.5, light_rain: 1.2, moderate_rain: 1, heavy_rain: 0.8, thunderstorm: 1.2 } },
    { high: 26, low: 19, aqi: 45, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 1, partly_cloudy: 2, cloudy: 4, light_rain: 2.5, moderate_rain: 1 } },
    { high: 21, low: 15, aqi: 55, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 0.8, partly_cloudy: 2, cloudy: 5, light_rain: 2, fog: 0.5 } },
    { high: 16, low: 10, aqi: 75, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 1, partly_cloudy: 2, cloudy: 5, light_rain: 1, fog: 1, haze: 1 } },
    { high: 11, low: 4, aqi: 105, windFromDeg: 22, windKmh: [3, 10], weights: { clear: 0.8, partly_cloudy: 2, cloudy: 5, light_rain: 0.6, fog: 1.5, haze: 2 } },
  ],
};

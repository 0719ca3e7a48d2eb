import type { CityClimate } from '../climate.js';

/** Shanghai monthly normals (rounded from public climate tables) and condition likelihoods. */
export const SHANGHAI_CLIMATE: CityClimate = {
  city: 'shanghai',
  humidityBias: 0,
  months: [
    { high: 8, low: 1, aqi: 75, windFromDeg: 315, windKmh: [10, 22], weights: { clear: 3, partly_cloudy: 3, cloudy: 3, light_rain: 2, moderate_rain: 0.5, light_snow: 0.3, fog: 0.5, haze: 0.8 } },
    { high: 10, low: 3, aqi: 65, windFromDeg: 337, windKmh: [10, 22], weights: { clear: 2.5, partly_cloudy: 3, cloudy: 3, light_rain: 2.5, moderate_rain: 0.7, light_snow: 0.2, fog: 0.5, haze: 0.6 } },
    { high: 14, low: 6, aqi: 60, windFromDeg: 90, windKmh: [10, 24], weights: { clear: 2.5, partly_cloudy: 3, cloudy: 3, light_rain: 3, moderate_rain: 1, fog: 0.5 } },
    { high: 20, low: 11, aqi: 55, windFromDeg: 112, windKmh: [10, 22], weights: { clear: 3, partly_cloudy: 3, cloudy: 2.5, light_rain: 2.5, moderate_rain: 1, thunderstorm: 0.3 } },
    { high: 25, low: 16, aqi: 55, windFromDeg: 135, windKmh: [8, 20], weights: { clear: 3, partly_cloudy: 3, cloudy: 2, light_rain: 2, moderate_rain: 1, thunderstorm: 0.7 } },
    { high: 28, low: 21, aqi: 45, windFromDeg: 135, windKmh: [8, 20], weights: { clear: 1, partly_cloudy: 1.5, cloudy: 2.5, light_rain: 3, moderate_rain: 2.5, heavy_rain: 1.2, thunderstorm: 1 } },
    { high: 32, low: 26, aqi: 40, windFromDeg: 157, windKmh: [10, 24], weights: { clear: 3, partly_cloudy: 3, cloudy: 1, light_rain: 0.8, heavy_rain: 0.5, thunderstorm: 2 } },
    { high: 32, low: 26, aqi: 40, windFromDeg: 135, windKmh: [10, 28], weights: { clear: 3, partly_cloudy: 3, cloudy: 1, light_rain: 1, heavy_rain: 0.8, thunderstorm: 2 } },
    { high: 28, low: 22, aqi: 45, windFromDeg: 67, windKmh: [10, 24], weights: { clear: 3, partly_cloudy: 3, cloudy: 2, light_rain: 1.5, moderate_rain: 0.8, thunderstorm: 0.5 } },
    { high: 23, low: 16, aqi: 50, windFromDeg: 45, windKmh: [8, 20], weights: { clear: 4, partly_cloudy: 3, cloudy: 2, light_rain: 1.2, moderate_rain: 0.3 } },
    { high: 17, low: 10, aqi: 60, windFromDeg: 337, windKmh: [8, 20], weights: { clear: 3.5, partly_cloudy: 3, cloudy: 2.5, light_rain: 1.5, fog: 0.5, haze: 0.8 } },
    { high: 11, low: 3, aqi: 75, windFromDeg: 315, windKmh: [10, 22], weights: { clear: 3, partly_cloudy: 3, cloudy: 3, light_rain: 1.5, fog: 0.6, haze: 1, light_snow: 0.1 } },
  ],
};

import { Injectable, Logger } from '@nestjs/common';
import { CITIES, upstreamFor, type CitiesResponse, type CityHomeResponse } from '@portal/shared';
import { requireCity } from '../common/city';
import { TrafficService } from '../traffic/traffic.service';
import { WeatherService } from '../weather/weather.service';

@Injectable()
export class CitiesService {
  private readonly logger = new Logger('Cities');

  constructor(
    private readonly weather: WeatherService,
    private readonly traffic: TrafficService,
  ) {}

  listCities(): CitiesResponse {
    return { cities: [...CITIES] };
  }

  /** The first screen in one request: the catalog always; weather and traffic when the city has them and they answer. */
  async getHome(cityId: string, requestId?: string): Promise<CityHomeResponse> {
    const city = requireCity(cityId);
    const [weather, traffic] = await Promise.all([
      upstreamFor(city.id, 'weather') ? this.weather.getWeather(city.id, requestId).catch((e: unknown) => this.absent('weather', e)) : null,
      upstreamFor(city.id, 'traffic') ? this.traffic.getSummary(city.id, requestId).catch((e: unknown) => this.absent('traffic', e)) : null,
    ]);
    return { city, weather, traffic };
  }

  private absent(what: string, error: unknown): null {
    this.logger.warn({ err: error }, `Home screen shown without ${what}`);
    return null;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { UpstreamService, WeatherResponse } from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { WEATHER_UPSTREAMS, type WeatherUpstream } from './weather.upstream';

const TTL_MS = 10 * 60_000;

@Injectable()
export class WeatherService {
  constructor(
    @Inject(WEATHER_UPSTREAMS) private readonly upstreams: Map<UpstreamService, WeatherUpstream>,
    private readonly cache: CachedFetcher,
  ) {}

  async getWeather(cityId: string, requestId?: string): Promise<WeatherResponse> {
    const { city, service } = requireUpstream(cityId, 'weather');
    const client = this.upstreams.get(service)!;
    const r = await this.cache.fetch(`${service}:weather`, TTL_MS, () => client.getWeather(requestId));
    return { city, ...r.value, stale: r.stale, updatedAt: r.updatedAt };
  }
}

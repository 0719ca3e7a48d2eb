import { Inject, Injectable } from '@nestjs/common';
import type {
  BusArrivalsQuery,
  BusArrivalsResponse,
  BusLineResponse,
  SearchBusLinesResponse,
  UpstreamService,
} from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { BUS_UPSTREAMS, type BusUpstream } from './bus.upstream';

const TTL = { search: 10 * 60_000, line: 60 * 60_000, arrivals: 15_000 };

@Injectable()
export class BusService {
  constructor(
    @Inject(BUS_UPSTREAMS) private readonly upstreams: Map<UpstreamService, BusUpstream>,
    private readonly cache: CachedFetcher,
  ) {}

  async searchLines(cityId: string, q: string, requestId?: string): Promise<SearchBusLinesResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:lines:${q.toLowerCase()}`, TTL.search, () => client.searchLines(q, requestId));
    return { city, lines: r.value, stale: r.stale, updatedAt: r.updatedAt };
  }

  async getLine(cityId: string, lineId: string, requestId?: string): Promise<BusLineResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:line:${lineId}`, TTL.line, () => client.getLine(lineId, requestId));
    return { city, ...r.value, stale: r.stale, updatedAt: r.updatedAt };
  }

  async getArrivals(cityId: string, query: BusArrivalsQuery, requestId?: string): Promise<BusArrivalsResponse> {
    const { city, client } = this.resolve(cityId);
    const key = `${client.service}:arrivals:${query.lineId}:${query.stopId}:${query.direction}`;
    const r = await this.cache.fetch(key, TTL.arrivals, () => client.getArrivals(query, requestId));
    return {
      city,
      lineId: query.lineId,
      lineName: r.value.lineName,
      stopId: query.stopId,
      stopName: r.value.stopName,
      direction: query.direction,
      arrivals: r.value.arrivals,
      stale: r.stale,
      updatedAt: r.updatedAt,
    };
  }

  private resolve(cityId: string) {
    const { city, service } = requireUpstream(cityId, 'bus');
    const client = this.upstreams.get(service);
    if (!client) throw new Error(`No bus client registered for ${service}`);
    return { city, client };
  }
}

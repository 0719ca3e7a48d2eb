import { Inject, Injectable } from '@nestjs/common';
import type {
  BusArrivalsQuery,
  BusArrivalsResponse,
  BusLineResponse,
  SearchBusLinesResponse,
  UpstreamService,
} from '@portal/shared';
import { AppException } from '../common/app-exception';
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

  async searchLines(cityId: string, q: string): Promise<SearchBusLinesResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:lines:${q.toLowerCase()}`, TTL.search, () => client.searchLines(q));
    return { city, lines: r.value, stale: r.stale, updatedAt: r.updatedAt };
  }

  async getLine(cityId: string, lineId: string): Promise<BusLineResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:line:${lineId}`, TTL.line, () => client.getLine(lineId));
    return { city, ...r.value, stale: r.stale, updatedAt: r.updatedAt };
  }

  async getArrivals(cityId: string, query: BusArrivalsQuery): Promise<BusArrivalsResponse> {
    const line = await this.getLine(cityId, query.lineId);
    const { city, client } = this.resolve(cityId);
    const stop = line.directions.find((d) => d.direction === query.direction)?.stops.find((s) => s.id === query.stopId);
    if (!stop) {
      throw AppException.notFound(
        'BUS_STOP_NOT_FOUND',
        `Line ${line.name} has no stop "${query.stopId}" in this direction. Pick a stop from the line's page.`,
      );
    }
    const key = `${client.service}:arrivals:${query.lineId}:${query.stopId}:${query.direction}`;
    const r = await this.cache.fetch(key, TTL.arrivals, () => client.getArrivals(query));
    return {
      city,
      lineId: line.id,
      lineName: line.name,
      stopId: stop.id,
      stopName: stop.name,
      direction: query.direction,
      arrivals: r.value,
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

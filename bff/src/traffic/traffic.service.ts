import { Inject, Injectable } from '@nestjs/common';
import {
  CONGESTION_LEVELS,
  type CityId,
  type CongestionLevel,
  type TrafficResponse,
  type TrafficSummary,
  type UpstreamService,
} from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { TRAFFIC_UPSTREAMS, type TrafficData, type TrafficUpstream } from './traffic.upstream';

const TTL_MS = 60_000;

/** The overall word for the home screen: the level most sections share, the worse one on a tie. */
export function summarize(city: CityId, data: TrafficData, freshness: { stale: boolean; updatedAt: string }): TrafficSummary {
  const counts = new Map<CongestionLevel, number>(CONGESTION_LEVELS.map((l) => [l, 0]));
  for (const s of data.sections) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  let overall: CongestionLevel = 'smooth';
  for (const level of CONGESTION_LEVELS) if ((counts.get(level) ?? 0) >= (counts.get(overall) ?? 0) && (counts.get(level) ?? 0) > 0) overall = level;
  return {
    city,
    overall,
    congestedSections: data.sections.filter((s) => s.level === 'congested' || s.level === 'severe').length,
    totalSections: data.sections.length,
    incidents: data.incidents.length,
    ...freshness,
  };
}

@Injectable()
export class TrafficService {
  constructor(
    @Inject(TRAFFIC_UPSTREAMS) private readonly upstreams: Map<UpstreamService, TrafficUpstream>,
    private readonly cache: CachedFetcher,
  ) {}

  async getTraffic(cityId: string, requestId?: string): Promise<TrafficResponse> {
    const { city, data, freshness } = await this.fetch(cityId, requestId);
    return { city, summary: summarize(city, data, freshness), sections: data.sections, incidents: data.incidents, ...freshness };
  }

  async getSummary(cityId: string, requestId?: string): Promise<TrafficSummary> {
    const { city, data, freshness } = await this.fetch(cityId, requestId);
    return summarize(city, data, freshness);
  }

  private async fetch(cityId: string, requestId?: string) {
    const { city, service } = requireUpstream(cityId, 'traffic');
    const client = this.upstreams.get(service)!;
    const r = await this.cache.fetch(`${service}:traffic`, TTL_MS, () => client.getTraffic(requestId));
    return { city, data: r.value, freshness: { stale: r.stale, updatedAt: r.updatedAt } };
  }
}

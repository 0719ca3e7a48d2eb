import type { RoadSection, TrafficIncident, UpstreamService } from '@portal/shared';

export interface TrafficData {
  sections: RoadSection[];
  incidents: TrafficIncident[];
}

/** A city's traffic service, its dialect translated at the edge. */
export abstract class TrafficUpstream {
  abstract readonly service: UpstreamService;
  abstract getTraffic(requestId?: string): Promise<TrafficData>;
}

export const TRAFFIC_UPSTREAMS = Symbol('TRAFFIC_UPSTREAMS');

import type { BusArrival, BusArrivalsQuery, BusLineDirection, BusLineSummary, UpstreamService } from '@portal/shared';

/** A bus line as every city's system is translated to it. */
export interface BusLineData {
  id: string;
  name: string;
  directions: BusLineDirection[];
}

/** The next buses at a stop, with the names the city uses for the line and the stop. */
export interface BusArrivalsData {
  lineName: string;
  stopName: string;
  arrivals: BusArrival[];
}

/**
 * What the BFF needs from a city's bus system. One implementation per city, each translating its
 * own dialect at the edge; a line the system does not know is an AppException 404 BUS_LINE_NOT_FOUND.
 */
export abstract class BusUpstream {
  abstract readonly service: UpstreamService;
  abstract searchLines(q: string, requestId?: string): Promise<BusLineSummary[]>;
  abstract getLine(lineId: string, requestId?: string): Promise<BusLineData>;
  /** One upstream call; an unknown line or stop is an AppException 404. */
  abstract getArrivals(query: BusArrivalsQuery, requestId?: string): Promise<BusArrivalsData>;
}

export const BUS_UPSTREAMS = Symbol('BUS_UPSTREAMS');

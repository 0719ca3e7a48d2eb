import type { CityId } from '../cities/catalog.types.js';
import type { Freshness } from './freshness.js';

/** 0: outbound (from the first terminus), 1: inbound. Every city's dialect is translated to this. */
export const BUS_DIRECTIONS = [0, 1] as const;
export type BusDirection = (typeof BUS_DIRECTIONS)[number];

export const BUS_LINE_QUERY_MAX = 20;
export const BUS_ID_MAX = 40;

export interface BusLineSummary {
  id: string;
  /** As the city writes it, e.g. `71路`. */
  name: string;
  /** First and last terminus of direction 0. */
  from: string;
  to: string;
  /** Local times, `HH:mm`. */
  firstBus: string;
  lastBus: string;
}

/** GET /api/v1/cities/{city}/bus/lines?q= */
export interface SearchBusLinesQuery {
  q: string;
}
export interface SearchBusLinesResponse extends Freshness {
  city: CityId;
  lines: BusLineSummary[];
}

export interface BusStop {
  id: string;
  name: string;
  /** 1-based position along the direction. */
  seq: number;
}

export interface BusLineDirection {
  direction: BusDirection;
  from: string;
  to: string;
  firstBus: string;
  lastBus: string;
  stops: BusStop[];
}

/** GET /api/v1/cities/{city}/bus/lines/{lineId} */
export interface BusLineResponse extends Freshness {
  city: CityId;
  id: string;
  name: string;
  directions: BusLineDirection[];
}

/** GET /api/v1/cities/{city}/bus/arrivals?lineId=&stopId=&direction= */
export interface BusArrivalsQuery {
  lineId: string;
  stopId: string;
  direction: BusDirection;
}

export interface BusArrival {
  /** Licence plate, where the city publishes it. */
  plate?: string;
  stopsAway: number;
  distanceMeters: number;
  minutes: number;
}

export interface BusArrivalsResponse extends Freshness {
  city: CityId;
  lineId: string;
  lineName: string;
  stopId: string;
  stopName: string;
  direction: BusDirection;
  /** Soonest first; empty outside service hours. */
  arrivals: BusArrival[];
}

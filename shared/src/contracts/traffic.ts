import type { CityId } from '../cities/catalog.types.js';
import type { Freshness } from './freshness.js';

/** Four levels every city's dialect is translated to. Colour is never the only signal: show the word. */
export const CONGESTION_LEVELS = ['smooth', 'slow', 'congested', 'severe'] as const;
export type CongestionLevel = (typeof CONGESTION_LEVELS)[number];

export interface RoadSection {
  id: string;
  road: string;
  from: string;
  to: string;
  level: CongestionLevel;
  /** Average speed, km/h, where the city publishes it. */
  speedKmh?: number;
}

export const INCIDENT_KINDS = ['accident', 'roadworks', 'closure', 'event', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface TrafficIncident {
  id: string;
  kind: IncidentKind;
  road: string;
  description: string;
  /** ISO 8601. */
  startsAt: string;
  endsAt?: string;
}

export interface TrafficSummary extends Freshness {
  city: CityId;
  /** The worst level shared by the most sections; a quick word for the home screen. */
  overall: CongestionLevel;
  congestedSections: number;
  totalSections: number;
  incidents: number;
}

/** GET /api/v1/cities/{city}/traffic */
export interface TrafficResponse extends Freshness {
  city: CityId;
  summary: TrafficSummary;
  sections: RoadSection[];
  incidents: TrafficIncident[];
}

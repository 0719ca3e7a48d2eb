import { intBetween, pick, seededRng } from '../platform/seeded.js';
import { SHANGHAI_OFFSET_MS, addDays, shanghaiMidnight, toShanghaiTime, type ShanghaiTime } from '../platform/time.js';

/**
 * Deterministic traffic: congestion follows the business clock (weekday rush hours 07:30-09:30
 * and 17:00-19:30 are worst), with a little noise per section and 15-minute slot; incidents are
 * generated per city and day (roadworks per 7-day block) and slow down their road while active.
 */

export interface RoadSection {
  id: string;
  road: string;
  from: string;
  to: string;
  direction: string;
  lengthM: number;
  freeFlowKmh: number;
  /** How strongly rush hour hits this section, ~0.6-1.1. */
  sensitivity: number;
}

export type IncidentType = 'accident' | 'roadworks' | 'closure' | 'event';

export interface IncidentSpot {
  road: string;
  location: string;
  direction: string;
  description: string;
}

export interface CityTraffic {
  city: string;
  idPrefix: string;
  sections: readonly RoadSection[];
  accidents: readonly IncidentSpot[];
  roadworks: readonly IncidentSpot[];
  closures: readonly IncidentSpot[];
  events: readonly IncidentSpot[];
}

export interface Incident {
  id: string;
  type: IncidentType;
  road: string;
  location: string;
  direction: string;
  description: string;
  startMs: number;
  endMs: number;
}

export type CongestionLevel = 1 | 2 | 3 | 4;

export interface SectionCondition {
  section: RoadSection;
  speedKmh: number;
  /** speed / free-flow speed */
  ratio: number;
  level: CongestionLevel;
}

type Keypoints = ReadonlyArray<readonly [minute: number, load: number]>;

const WEEKDAY_LOAD: Keypoints = [
  [0, 0.05],
  [330, 0.05],
  [420, 0.35],
  [450, 1],
  [570, 1],
  [600, 0.45],
  [990, 0.45],
  [1020, 1],
  [1170, 1],
  [1230, 0.4],
  [1380, 0.15],
  [1440, 0.05],
];

const WEEKEND_LOAD: Keypoints = [
  [0, 0.05],
  [420, 0.1],
  [540, 0.5],
  [1260, 0.5],
  [1380, 0.15],
  [1440, 0.05],
];

const INCIDENT_PENALTY: Record<IncidentType, number> = { accident: 0.35, roadworks: 0.2, closure: 0.5, event: 0.3 };

/** City-wide demand, 0 (empty roads) to 1 (peak rush hour). */
export function demandAt(t: ShanghaiTime): number {
  const points = t.weekday === 0 || t.weekday === 6 ? WEEKEND_LOAD : WEEKDAY_LOAD;
  const minute = t.secondsOfDay / 60;
  for (let i = 0; i + 1 < points.length; i++) {
    const [m0, l0] = points[i] as readonly [number, number];
    const [m1, l1] = points[i + 1] as readonly [number, number];
    if (minute >= m0 && minute <= m1) return l0 + ((l1 - l0) * (minute - m0)) / (m1 - m0);
  }
  return 0.05;
}

export function levelForRatio(ratio: number): CongestionLevel {
  if (ratio >= 0.7) return 1;
  if (ratio >= 0.5) return 2;
  if (ratio >= 0.3) return 3;
  return 4;
}

const dateId = (dateKey: string): string => dateKey.replaceAll('-', '');

/** Incidents of one Shanghai calendar day, sorted by start time. */
export function incidentsForDay(city: CityTraffic, dateKey: string): Incident[] {
  const rng = seededRng('incidents', city.city, dateKey);
  const midnight = shanghaiMidnight(dateKey);
  const at = (minute: number): number => midnight + minute * 60_000;
  const weekday = toShanghaiTime(midnight).weekday;
  const incidents: Incident[] = [];
  let seq = 0;
  const id = (): string => `${city.idPrefix}${dateId(dateKey)}${String(++seq).padStart(3, '0')}`;

  // Roadworks run Monday to Sunday: one site per city per week (1970-01-05 was a Monday).
  const dayIndex = Math.round((midnight + SHANGHAI_OFFSET_MS) / 86_400_000);
  const block = Math.floor((dayIndex - 4) / 7);
  const blockRng = seededRng('roadworks', city.city, block);
  const blockStartDate = toShanghaiTime((4 + block * 7) * 86_400_000 - SHANGHAI_OFFSET_MS).dateKey;
  const works = pick(blockRng, city.roadworks);
  incidents.push({
    id: `${city.idPrefix}RW${dateId(blockStartDate)}`,
    type: 'roadworks',
    ...works,
    startMs: shanghaiMidnight(blockStartDate),
    endMs: shanghaiMidnight(addDays(blockStartDate, 7)),
  });

  if (rng() < 0.6) {
    const closure = pick(rng, city.closures);
    incidents.push({ id: id(), type: 'closure', ...closure, startMs: at(0), endMs: at(5 * 60) });
  }

  const accidentCount = intBetween(rng, 1, 3);
  for (let i = 0; i < accidentCount; i++) {
    const start = intBetween(rng, 6 * 60 + 30, 22 * 60);
    const duration = intBetween(rng, 25, 90);
    incidents.push({ id: id(), type: 'accident', ...pick(rng, city.accidents), startMs: at(start), endMs: at(start + duration) });
  }

  const eventChance = weekday === 0 || weekday === 6 ? 0.8 : 0.4;
  if (rng() < eventChance) {
    incidents.push({ id: id(), type: 'event', ...pick(rng, city.events), startMs: at(18 * 60 + 30), endMs: at(22 * 60 + 30) });
  }

  return incidents.sort((a, b) => a.startMs - b.startMs);
}

/** Incidents in force at `epochMs` (start ≤ now < end). */
export function activeIncidents(city: CityTraffic, epochMs: number): Incident[] {
  const today = toShanghaiTime(epochMs).dateKey;
  return incidentsForDay(city, today).filter((incident) => incident.startMs <= epochMs && epochMs < incident.endMs);
}

export function sectionConditions(city: CityTraffic, epochMs: number): SectionCondition[] {
  const t = toShanghaiTime(epochMs);
  const demand = demandAt(t);
  const slot = Math.floor(t.secondsOfDay / 900);
  const incidents = activeIncidents(city, epochMs);
  return city.sections.map((section) => {
    const noise = (seededRng('traffic-noise', section.id, t.dateKey, slot)() * 2 - 1) * 0.08;
    const penalty = incidents
      .filter((incident) => incident.road === section.road)
      .reduce((sum, incident) => sum + INCIDENT_PENALTY[incident.type], 0);
    const load = Math.min(1, Math.max(0, demand * section.sensitivity * 0.85 + noise + penalty));
    const ratio = Math.max(0.08, 1 - 0.75 * load);
    const speedKmh = Math.round(section.freeFlowKmh * ratio * 10) / 10;
    return { section, speedKmh, ratio, level: levelForRatio(ratio) };
  });
}

/** Travel-time index: length-weighted free-flow speed / actual speed (1.0 = empty roads). */
export function congestionIndex(conditions: readonly SectionCondition[]): number {
  let weighted = 0;
  let total = 0;
  for (const condition of conditions) {
    weighted += condition.section.lengthM / condition.ratio;
    total += condition.section.lengthM;
  }
  return total === 0 ? 1 : Math.round((weighted / total) * 10) / 10;
}

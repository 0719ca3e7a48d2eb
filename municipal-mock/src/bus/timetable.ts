import { hashString } from '../platform/seeded.js';
import { MINUTES_PER_DAY, addDays, parseHm, toShanghaiTime } from '../platform/time.js';
import { stopsInDirection, type BusLine, type Direction } from './line.js';

/**
 * Timetable model: buses leave the origin terminus at the first-bus time, then each departure
 * follows the previous one by the headway in force at the previous departure, while not later
 * than the last-bus time; the last bus itself always runs. Buses run at a fixed minutes-per-stop.
 * Only buses on the road (already departed, not yet past the stop) are reported, as real systems do.
 */

export function headwayAt(line: BusLine, minuteOfDay: number): number {
  for (const band of line.headwayBands) {
    if (minuteOfDay >= parseHm(band.from) && minuteOfDay < parseHm(band.to)) return band.minutes;
  }
  return line.baseHeadway;
}

const departureCache = new WeakMap<BusLine, Map<Direction, readonly number[]>>();

/** Departure minutes (since midnight) from the origin terminus of the direction, one service day. */
export function departureMinutes(line: BusLine, direction: Direction): readonly number[] {
  let perDirection = departureCache.get(line);
  if (!perDirection) {
    perDirection = new Map();
    departureCache.set(line, perDirection);
  }
  const cached = perDirection.get(direction);
  if (cached) return cached;
  const computed = computeDepartures(line, direction);
  perDirection.set(direction, computed);
  return computed;
}

function computeDepartures(line: BusLine, direction: Direction): readonly number[] {
  const first = parseHm(direction === 'up' ? line.upFirst : line.downFirst);
  const last = parseHm(direction === 'up' ? line.upLast : line.downLast);
  const departures: number[] = [];
  for (let t = first; t <= last; t += headwayAt(line, t)) departures.push(t);
  // The published last bus always runs, even when the headway does not land on it.
  if (departures[departures.length - 1] !== last) departures.push(last);
  return Object.freeze(departures);
}

/** Length in metres of each segment between consecutive stops (same physical segment, same length both ways). */
export function segmentMetres(line: BusLine, direction: Direction): number[] {
  const stops = stopsInDirection(line, direction);
  const segments: number[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i] as string;
    const b = stops[i + 1] as string;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    segments.push(450 + (hashString(`${line.id}|${key}`) % 31) * 10);
  }
  return segments;
}

export function plateFor(line: BusLine, direction: Direction, serviceDate: string, departureIndex: number): string {
  const rotation = hashString(`${line.id}|${direction}|${serviceDate}`) % line.fleetSize;
  const vehicle = (departureIndex + rotation) % line.fleetSize;
  const digits = String(hashString(`${line.id}|vehicle|${vehicle}`) % 100_000).padStart(5, '0');
  return `${line.platePrefix}-${digits}`;
}

export interface Approach {
  plate: string;
  /** Stops still to pass before reaching the stop (0 = arriving now). */
  stopsAway: number;
  metresAway: number;
  secondsAway: number;
  /** Departure from the origin terminus, minutes since the service day's midnight. */
  departureMinute: number;
}

/**
 * The next buses (at most `limit`, soonest first) to reach stop number `stopIndex` (0-based,
 * in the direction's stop order) at business time `nowMs`.
 */
export function upcomingArrivals(
  line: BusLine,
  direction: Direction,
  stopIndex: number,
  nowMs: number,
  limit = 3,
): Approach[] {
  const now = toShanghaiTime(nowMs);
  const perStopSec = line.minutesPerStop * 60;
  const segments = segmentMetres(line, direction);
  const departures = departureMinutes(line, direction);
  const approaches: Approach[] = [];

  // Yesterday's late departures may still be on the road just after midnight.
  for (const dayOffset of [-1, 0]) {
    const serviceDate = addDays(now.dateKey, dayOffset);
    departures.forEach((departure, index) => {
      const departSec = (departure + dayOffset * MINUTES_PER_DAY) * 60;
      const arriveSec = departSec + stopIndex * perStopSec;
      if (departSec > now.secondsOfDay || arriveSec < now.secondsOfDay) return;

      const travelled = (now.secondsOfDay - departSec) / perStopSec;
      const passed = Math.min(Math.floor(travelled), stopIndex);
      const fraction = travelled - passed;
      let metres = 0;
      for (let s = passed; s < stopIndex; s++) metres += segments[s] ?? 0;
      metres -= passed < stopIndex ? fraction * (segments[passed] ?? 0) : 0;

      approaches.push({
        plate: plateFor(line, direction, serviceDate, index),
        stopsAway: stopIndex - passed,
        metresAway: Math.max(0, Math.round(metres)),
        secondsAway: arriveSec - now.secondsOfDay,
        departureMinute: departure,
      });
    });
  }
  return approaches.sort((a, b) => a.secondsAway - b.secondsAway).slice(0, limit);
}

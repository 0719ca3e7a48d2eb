/** City-neutral description of a bus line; each city's data file fills it in. */

export type Direction = 'up' | 'down';

/** A period of the day with its own headway (e.g. rush hours). `to` is exclusive. */
export interface HeadwayBand {
  from: string;
  to: string;
  minutes: number;
}

export interface BusLine {
  /** Stable id in the city's own format (SH0071, CD-0016). */
  id: string;
  /** Display name, e.g. 71路. */
  name: string;
  /** Stop names in the up direction; the down direction runs them in reverse. */
  stops: readonly string[];
  /** First and last departure from the origin terminus, HH:mm. */
  upFirst: string;
  upLast: string;
  downFirst: string;
  downLast: string;
  /** Headway outside the listed bands, minutes. */
  baseHeadway: number;
  headwayBands: readonly HeadwayBand[];
  /** Running time between consecutive stops, minutes. */
  minutesPerStop: number;
  /** Licence-plate prefix, e.g. 沪B, 川A. */
  platePrefix: string;
  /** Number of vehicles the line owns (plates rotate over them). */
  fleetSize: number;
  /** Fare in yuan. */
  fare: number;
  operator: string;
}

export function stopsInDirection(line: BusLine, direction: Direction): string[] {
  return direction === 'up' ? [...line.stops] : [...line.stops].reverse();
}

import { describe, expect, it } from '@jest/globals';
import { at } from '../test-support/signing.js';
import { SHANGHAI_LINES } from './data/shanghai.js';
import { CHENGDU_LINES } from './data/chengdu.js';
import type { BusLine } from './line.js';
import { departureMinutes, headwayAt, segmentMetres, upcomingArrivals } from './timetable.js';

function line(id: string): BusLine {
  const found = [...SHANGHAI_LINES, ...CHENGDU_LINES].find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
}

const hm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('departureMinutes', () => {
  it('runs from the first to the last bus, closer together in rush hour', () => {
    const departures = departureMinutes(line('SH0049'), 'up').map(hm);
    expect(departures[0]).toBe('05:00');
    expect(departures[departures.length - 1]).toBe('23:00');
    expect(departures).toEqual(expect.arrayContaining(['06:50', '07:00', '07:05', '07:50', '07:55', '08:00']));
    expect(headwayAt(line('SH0049'), 8 * 60)).toBe(5);
    expect(headwayAt(line('SH0049'), 13 * 60)).toBe(10);
    expect(headwayAt(line('SH0049'), 22 * 60)).toBe(15);
  });

  it('always runs the published last bus, and never departs after it', () => {
    for (const candidate of [...SHANGHAI_LINES, ...CHENGDU_LINES]) {
      for (const direction of ['up', 'down'] as const) {
        const last = direction === 'up' ? candidate.upLast : candidate.downLast;
        const departures = departureMinutes(candidate, direction);
        expect(hm(departures[departures.length - 1] ?? -1)).toBe(last);
        expect(departures.every((minute, i) => i === 0 || minute > (departures[i - 1] ?? 0))).toBe(true);
      }
    }
  });
});

describe('upcomingArrivals', () => {
  // 49路 up: 3 min per stop, 5-minute headway from 07:00. 人民广场 is stop index 4, 12 minutes from the terminus.
  const line49 = line('SH0049');

  it('at 08:00 gives the buses that left at 07:50, 07:55 and 08:00, 2, 7 and 12 minutes away', () => {
    const arrivals = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:00'));
    expect(arrivals.map((a) => a.secondsAway)).toEqual([120, 420, 720]);
    expect(arrivals.map((a) => a.departureMinute).map(hm)).toEqual(['07:50', '07:55', '08:00']);
    expect(arrivals.map((a) => a.stopsAway)).toEqual([1, 3, 4]);
  });

  it('reports the distance still to run along the stop spacing', () => {
    const [nearest, , farthest] = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:00'));
    const segments = segmentMetres(line49, 'up');
    const toStop4 = segments.slice(0, 4).reduce((sum, m) => sum + m, 0);
    // The 08:00 bus is still at the terminus: the whole way.
    expect(farthest?.metresAway).toBe(toStop4);
    // The 07:50 bus is a third of the way between stop 3 and stop 4.
    expect(nearest?.metresAway).toBe(Math.round((segments[3] ?? 0) * (2 / 3)));
    for (const metres of segments) {
      expect(metres).toBeGreaterThanOrEqual(450);
      expect(metres).toBeLessThanOrEqual(750);
    }
  });

  it('returns at most three buses', () => {
    const arrivals = upcomingArrivals(line('SH0071'), 'up', 20, at('2026-03-02', '08:00'));
    expect(arrivals).toHaveLength(3);
  });

  it('has no buses at 02:00', () => {
    for (const candidate of [...SHANGHAI_LINES, ...CHENGDU_LINES]) {
      for (let stop = 0; stop < candidate.stops.length; stop++) {
        expect(upcomingArrivals(candidate, 'up', stop, at('2026-03-02', '02:00'))).toEqual([]);
        expect(upcomingArrivals(candidate, 'down', stop, at('2026-03-02', '02:00'))).toEqual([]);
      }
    }
  });

  it("still shows the previous evening's last bus just after midnight", () => {
    // 49路 down: last departure 23:30, 3 min per stop; stop index 12 is reached at 00:06.
    const arrivals = upcomingArrivals(line49, 'down', 12, at('2026-03-03', '00:05'));
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]?.secondsAway).toBe(60);
    expect(arrivals[0]?.departureMinute).toBe(23 * 60 + 30);
  });

  it('gives the same plates for the same departures every time, and different plates to buses on the road together', () => {
    const first = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:00'));
    const again = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:00'));
    expect(again.map((a) => a.plate)).toEqual(first.map((a) => a.plate));
    expect(new Set(first.map((a) => a.plate)).size).toBe(3);
    for (const approach of first) expect(approach.plate).toMatch(/^沪B-\d{5}$/);
  });

  it('follows a bus from stop to stop as time passes', () => {
    const before = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:00'))[0];
    const later = upcomingArrivals(line49, 'up', 4, at('2026-03-02', '08:01'))[0];
    expect(later?.plate).toBe(before?.plate);
    expect(later?.secondsAway).toBe((before?.secondsAway ?? 0) - 60);
  });
});

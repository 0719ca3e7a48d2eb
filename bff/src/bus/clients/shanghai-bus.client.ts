import { Injectable } from '@nestjs/common';
import type { BusArrival, BusArrivalsQuery, BusDirection, BusLineDirection, BusLineSummary } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { BusUpstream, type BusArrivalsData, type BusLineData } from '../bus.upstream';

/**
 * Shanghai's bus system: JSON `{status, msg, data}`, HTTP 200 even for business errors
 * ("0000" ok, "1001" no such line, "1002" no such stop); directions 0/1 with `upStops`/`downStops`;
 * distance in metres and time in seconds, as strings.
 */
@Injectable()
export class ShanghaiBusClient extends BusUpstream {
  readonly service = 'shanghai-bus' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  searchLines(q: string, requestId?: string): Promise<BusLineSummary[]> {
    return this.call(`/shanghai/bus/lines?keyword=${encodeURIComponent(q)}`, (data) => this.read.array(data.lineList, 'lineList').map((raw) => {
      const line = this.read.object(raw, 'line');
      return {
        id: this.read.string(line.lineId, 'lineId'),
        name: this.read.string(line.lineName, 'lineName'),
        from: this.read.string(line.startStop, 'startStop'),
        to: this.read.string(line.endStop, 'endStop'),
        firstBus: this.read.string(line.startTime, 'startTime'),
        lastBus: this.read.string(line.endTime, 'endTime'),
      };
    }), requestId);
  }

  getLine(lineId: string, requestId?: string): Promise<BusLineData> {
    return this.call(`/shanghai/bus/lines/${encodeURIComponent(lineId)}`, (data) => this.line(data), requestId);
  }

  private line(data: Record<string, unknown>): BusLineData {
    const direction = (d: BusDirection, stopsKey: string, first: string, last: string): BusLineDirection => {
      const stops = this.read.array(data[stopsKey], stopsKey).map((raw) => {
        const stop = this.read.object(raw, 'stop');
        return {
          id: this.read.string(stop.stopId, 'stopId'),
          name: this.read.string(stop.stopName, 'stopName'),
          seq: this.read.number(stop.seq, 'seq'),
        };
      });
      return {
        direction: d,
        from: stops[0]?.name ?? '',
        to: stops[stops.length - 1]?.name ?? '',
        firstBus: this.read.string(data[first], first),
        lastBus: this.read.string(data[last], last),
        stops,
      };
    };
    return {
      id: this.read.string(data.lineId, 'lineId'),
      name: this.read.string(data.lineName, 'lineName'),
      directions: [direction(0, 'upStops', 'upStartTime', 'upEndTime'), direction(1, 'downStops', 'downStartTime', 'downEndTime')],
    };
  }

  getArrivals(query: BusArrivalsQuery, requestId?: string): Promise<BusArrivalsData> {
    const path = `/shanghai/bus/arrivals?lineId=${encodeURIComponent(query.lineId)}&stopId=${encodeURIComponent(query.stopId)}&direction=${query.direction}`;
    return this.call(path, (data) => ({
      lineName: this.read.string(data.lineName, 'lineName'),
      stopName: this.read.string(data.stopName, 'stopName'),
      arrivals: this.cars(data),
    }), requestId);
  }

  private cars(data: Record<string, unknown>): BusArrival[] {
    return this.read
      .array(data.cars, 'cars')
      .map((raw) => {
        const car = this.read.object(raw, 'car');
        return {
          plate: this.read.string(car.terminal, 'terminal'),
          stopsAway: this.read.number(car.stopdis, 'stopdis'),
          distanceMeters: Math.round(this.read.number(car.distance, 'distance')),
          minutes: Math.max(0, Math.round(this.read.number(car.time, 'time') / 60)),
        };
      })
      .sort((a, b) => a.minutes - b.minutes);
  }

  /** `translate` runs inside the resilience policy: a body of the wrong shape is a failure like any other. */
  private call<T>(pathWithQuery: string, translate: (data: Record<string, unknown>) => T, requestId?: string): Promise<T> {
    return this.registry.client(this.service).get(pathWithQuery, (response) => translate(this.unwrap(response)), requestId);
  }

  /** The envelope: business errors come as HTTP 200 with their own status codes. */
  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const status = this.read.string(body.status, 'status');
    if (status === '1001') throw AppException.notFound('BUS_LINE_NOT_FOUND', 'Shanghai has no bus line with this id.');
    if (status === '1002') throw AppException.notFound('BUS_STOP_NOT_FOUND', 'This line has no such stop.');
    if (status !== '0000') throw this.read.malformed(`status ${status}: ${String(body.msg ?? '').slice(0, 80)}`);
    return this.read.object(body.data, 'data');
  }
}

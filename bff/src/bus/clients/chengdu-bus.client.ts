import { Injectable } from '@nestjs/common';
import type { BusArrival, BusArrivalsQuery, BusDirection, BusLineDirection, BusLineSummary } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { BusUpstream, type BusArrivalsData, type BusLineData } from '../bus.upstream';

const PAGE_SIZE = 50;
const MAX_PAGES = 4;
const ARRAYS = [
  'Response.Routes.Route',
  'Response.Route.Up.Stations.Station',
  'Response.Route.Down.Stations.Station',
  'Response.Buses.Bus',
] as const;

/**
 * Chengdu's bus system: XML rooted at <Response> with <Code>/<Message>, real HTTP statuses for
 * errors, 1-based paging, direction `up`/`down`, distance in km and time in minutes.
 */
@Injectable()
export class ChengduBusClient extends BusUpstream {
  readonly service = 'chengdu-bus' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  async searchLines(q: string, requestId?: string): Promise<BusLineSummary[]> {
    const lines: BusLineSummary[] = [];
    for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
      const page = await this.call(`/chengdu/bus/RouteSearch?kw=${encodeURIComponent(q)}&pageNo=${pageNo}&pageSize=${PAGE_SIZE}`, (doc) => ({
        total: this.read.number(doc.Total, 'Total'),
        routes: this.read.array(this.read.section(doc.Routes, 'Routes').Route, 'Route').map((raw) => {
          const r = this.read.object(raw, 'Route');
          return {
            id: this.read.string(r.RouteId, 'RouteId'),
            name: this.read.string(r.RouteName, 'RouteName'),
            from: this.read.string(r.StartStation, 'StartStation'),
            to: this.read.string(r.EndStation, 'EndStation'),
            firstBus: this.read.string(r.FirstTime, 'FirstTime'),
            lastBus: this.read.string(r.LastTime, 'LastTime'),
          };
        }),
      }), requestId);
      lines.push(...page.routes);
      if (page.routes.length < PAGE_SIZE || lines.length >= page.total) break;
    }
    return lines;
  }

  getLine(lineId: string, requestId?: string): Promise<BusLineData> {
    return this.call(`/chengdu/bus/RouteDetail?routeId=${encodeURIComponent(lineId)}`, (doc) => this.line(doc), requestId);
  }

  private line(doc: Record<string, unknown>): BusLineData {
    const route = this.read.object(doc.Route, 'Route');
    const direction = (d: BusDirection, key: 'Up' | 'Down'): BusLineDirection => {
      const block = this.read.object(route[key], key);
      const stations = this.read.array(this.read.section(block.Stations, 'Stations').Station, 'Station');
      return {
        direction: d,
        from: this.read.string(block.StartStation, 'StartStation'),
        to: this.read.string(block.EndStation, 'EndStation'),
        firstBus: this.read.string(block.FirstTime, 'FirstTime'),
        lastBus: this.read.string(block.LastTime, 'LastTime'),
        stops: stations.map((raw) => {
          const s = this.read.object(raw, 'Station');
          return {
            id: this.read.string(s.StationId, 'StationId'),
            name: this.read.string(s.StationName, 'StationName'),
            seq: this.read.number(s.Order, 'Order'),
          };
        }),
      };
    };
    return {
      id: this.read.string(route.RouteId, 'RouteId'),
      name: this.read.string(route.RouteName, 'RouteName'),
      directions: [direction(0, 'Up'), direction(1, 'Down')],
    };
  }

  getArrivals(query: BusArrivalsQuery, requestId?: string): Promise<BusArrivalsData> {
    const dir = query.direction === 0 ? 'up' : 'down';
    const path = `/chengdu/bus/RealTime?routeId=${encodeURIComponent(query.lineId)}&stationId=${encodeURIComponent(query.stopId)}&dir=${dir}`;
    return this.call(path, (doc) => this.arrivals(doc), requestId);
  }

  private arrivals(doc: Record<string, unknown>): BusArrivalsData {
    return {
      lineName: this.read.string(doc.RouteName, 'RouteName'),
      stopName: this.read.string(doc.StationName, 'StationName'),
      arrivals: this.buses(doc),
    };
  }

  private buses(doc: Record<string, unknown>): BusArrival[] {
    const buses = this.read.array(this.read.section(doc.Buses, 'Buses').Bus, 'Bus');
    return buses
      .map((raw) => {
        const bus = this.read.object(raw, 'Bus');
        return {
          plate: this.read.string(bus.BusNo, 'BusNo'),
          stopsAway: this.read.number(bus.StationsLeft, 'StationsLeft'),
          distanceMeters: Math.round(this.read.number(bus.DistanceKm, 'DistanceKm') * 1000),
          minutes: this.read.number(bus.ArriveMinutes, 'ArriveMinutes'),
        };
      })
      .sort((a, b) => a.minutes - b.minutes);
  }

  /** `translate` runs inside the resilience policy: a body of the wrong shape is a failure like any other. */
  private call<T>(pathWithQuery: string, translate: (data: Record<string, unknown>) => T, requestId?: string): Promise<T> {
    return this.registry.client(this.service).get(pathWithQuery, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const doc = this.read.object(this.read.xml(response, ARRAYS), 'document');
    const root = this.read.object(doc.Response, 'Response');
    const code = this.read.string(root.Code, 'Code');
    if (response.status === 404 || code === '404') {
      const message = String(root.Message ?? '');
      if (message.includes('站点')) throw AppException.notFound('BUS_STOP_NOT_FOUND', 'This line has no such stop.');
      throw AppException.notFound('BUS_LINE_NOT_FOUND', 'Chengdu has no bus line with this id.');
    }
    if (response.status !== 200 || code !== '0') throw this.read.malformed(`HTTP ${response.status}, code ${code}`);
    return root;
  }
}

import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import { SHANGHAI_LINES } from './data/shanghai.js';
import { stopsInDirection, type BusLine, type Direction } from './line.js';
import { upcomingArrivals } from './timetable.js';

/**
 * Shanghai bus dialect: JSON envelope {status, msg, data}; business errors are HTTP 200 with a
 * non-"0000" status. Stop ids (S01, S02 ...) are numbered along the up direction and shared by
 * both directions. Car fields are strings, as the real system sends them.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

export const SHANGHAI_BUS_STATUS = {
  ok: '0000',
  lineNotFound: '1001',
  stopNotFound: '1002',
  badParameter: '1003',
  systemBusy: '9999',
  noSuchApi: '9404',
} as const;

const ok = (data: unknown) => ({ status: SHANGHAI_BUS_STATUS.ok, msg: '成功', data });
const fail = (status: string, msg: string) => ({ status, msg, data: null });

const dialect: Dialect = {
  service: 'shanghai-bus',
  prefix: '/shanghai/bus',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: fail(SHANGHAI_BUS_STATUS.systemBusy, '系统繁忙，请稍后再试') }),
  routeNotFound: () => ({ statusCode: 404, body: fail(SHANGHAI_BUS_STATUS.noSuchApi, '接口不存在') }),
};

const stopId = (upIndex: number): string => `S${String(upIndex + 1).padStart(2, '0')}`;

function findLine(lineId: string): BusLine | undefined {
  return SHANGHAI_LINES.find((line) => line.id === lineId);
}

function stopList(line: BusLine, direction: Direction) {
  const count = line.stops.length;
  return stopsInDirection(line, direction).map((stopName, i) => ({
    stopId: stopId(direction === 'up' ? i : count - 1 - i),
    stopName,
    seq: i + 1,
  }));
}

function lineSummary(line: BusLine) {
  return {
    lineId: line.id,
    lineName: line.name,
    startStop: line.stops[0],
    endStop: line.stops[line.stops.length - 1],
    startTime: line.upFirst,
    endTime: line.upLast,
  };
}

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  scope.get('/lines', async (request, reply) => {
    const keyword = queryParam(request.query, 'keyword');
    if (keyword === null || (keyword !== undefined && keyword.length > 20)) {
      return reply.type(JSON_TYPE).send(fail(SHANGHAI_BUS_STATUS.badParameter, '参数错误：keyword'));
    }
    const matches = SHANGHAI_LINES.filter((line) => keyword === undefined || line.name.includes(keyword));
    return reply.type(JSON_TYPE).send(ok({ total: matches.length, lineList: matches.map(lineSummary) }));
  });

  scope.get<{ Params: { lineId: string } }>('/lines/:lineId', async (request, reply) => {
    const line = findLine(request.params.lineId);
    if (!line) return reply.type(JSON_TYPE).send(fail(SHANGHAI_BUS_STATUS.lineNotFound, '线路不存在'));
    return reply.type(JSON_TYPE).send(
      ok({
        lineId: line.id,
        lineName: line.name,
        startStop: line.stops[0],
        endStop: line.stops[line.stops.length - 1],
        upStartTime: line.upFirst,
        upEndTime: line.upLast,
        downStartTime: line.downFirst,
        downEndTime: line.downLast,
        price: line.fare,
        company: line.operator,
        upStops: stopList(line, 'up'),
        downStops: stopList(line, 'down'),
      }),
    );
  });

  scope.get('/arrivals', async (request, reply) => {
    const lineId = queryParam(request.query, 'lineId');
    const requestedStop = queryParam(request.query, 'stopId');
    const directionParam = queryParam(request.query, 'direction');
    if (!lineId || !requestedStop || (directionParam !== '0' && directionParam !== '1')) {
      return reply
        .type(JSON_TYPE)
        .send(fail(SHANGHAI_BUS_STATUS.badParameter, '参数错误：lineId、stopId、direction(0|1) 均为必填'));
    }
    const line = findLine(lineId);
    if (!line) return reply.type(JSON_TYPE).send(fail(SHANGHAI_BUS_STATUS.lineNotFound, '线路不存在'));
    const direction: Direction = directionParam === '0' ? 'up' : 'down';
    const stops = stopList(line, direction);
    const index = stops.findIndex((stop) => stop.stopId === requestedStop);
    const stop = stops[index];
    if (!stop) return reply.type(JSON_TYPE).send(fail(SHANGHAI_BUS_STATUS.stopNotFound, '站点不存在'));

    const cars = upcomingArrivals(line, direction, index, ctx.clock.now()).map((approach) => ({
      terminal: approach.plate,
      stopdis: String(approach.stopsAway),
      distance: String(approach.metresAway),
      time: String(approach.secondsAway),
    }));
    return reply.type(JSON_TYPE).send(
      ok({
        lineId: line.id,
        lineName: line.name,
        stopId: stop.stopId,
        stopName: stop.stopName,
        direction: Number(directionParam),
        cars,
      }),
    );
  });
}

export function registerShanghaiBus(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

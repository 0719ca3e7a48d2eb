import type { FastifyInstance, FastifyReply } from 'fastify';
import { XMLBuilder } from 'fast-xml-parser';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiDateTime } from '../platform/time.js';
import { registerUpstream, type Dialect, type DialectResponse } from '../platform/upstream.js';
import { CHENGDU_LINES } from './data/chengdu.js';
import { stopsInDirection, type BusLine, type Direction } from './line.js';
import { upcomingArrivals } from './timetable.js';

/**
 * Chengdu bus dialect: XML documents rooted at <Response> with <Code>/<Message>, real HTTP
 * status codes for errors, 1-based paging, direction up|down, distance in km, time in minutes.
 * Station ids are per route and direction: CD-0016-U08 is the 8th station of route CD-0016 going up.
 */
const XML_TYPE = 'application/xml; charset=utf-8';
const builder = new XMLBuilder({ format: false, suppressEmptyNode: false });

function xmlDocument(response: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ Response: response }) as string}`;
}

function xmlError(statusCode: number, message: string): DialectResponse {
  return { statusCode, body: xmlDocument({ Code: statusCode, Message: message }) };
}

const dialect: Dialect = {
  service: 'chengdu-bus',
  prefix: '/chengdu/bus',
  contentType: XML_TYPE,
  systemError: () => xmlError(500, '系统内部错误'),
  routeNotFound: () => xmlError(404, '接口不存在'),
};

const stationId = (line: BusLine, direction: Direction, order: number): string =>
  `${line.id}-${direction === 'up' ? 'U' : 'D'}${String(order).padStart(2, '0')}`;

function stations(line: BusLine, direction: Direction) {
  return stopsInDirection(line, direction).map((name, i) => ({
    StationId: stationId(line, direction, i + 1),
    StationName: name,
    Order: i + 1,
  }));
}

function directionBlock(line: BusLine, direction: Direction) {
  const list = stations(line, direction);
  return {
    StartStation: list[0]?.StationName,
    EndStation: list[list.length - 1]?.StationName,
    FirstTime: direction === 'up' ? line.upFirst : line.downFirst,
    LastTime: direction === 'up' ? line.upLast : line.downLast,
    Stations: { Station: list },
  };
}

const POSITIVE_INT = /^[1-9]\d{0,5}$/;

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  const send = (reply: FastifyReply, response: DialectResponse) =>
    reply.code(response.statusCode).type(XML_TYPE).send(response.body);

  scope.get('/RouteSearch', async (request, reply) => {
    const kw = queryParam(request.query, 'kw');
    const pageNoParam = queryParam(request.query, 'pageNo') ?? '1';
    const pageSizeParam = queryParam(request.query, 'pageSize') ?? '20';
    if (kw === null) return send(reply, xmlError(400, '参数错误：kw'));
    if (pageNoParam === null || !POSITIVE_INT.test(pageNoParam)) return send(reply, xmlError(400, '参数错误：pageNo'));
    if (pageSizeParam === null || !POSITIVE_INT.test(pageSizeParam) || Number(pageSizeParam) > 50) {
      return send(reply, xmlError(400, '参数错误：pageSize 须为 1-50'));
    }
    const pageNo = Number(pageNoParam);
    const pageSize = Number(pageSizeParam);
    const matches = CHENGDU_LINES.filter((line) => kw === undefined || line.name.includes(kw));
    const page = matches.slice((pageNo - 1) * pageSize, pageNo * pageSize);
    return send(reply, {
      statusCode: 200,
      body: xmlDocument({
        Code: 0,
        Message: 'OK',
        Total: matches.length,
        PageNo: pageNo,
        PageSize: pageSize,
        Routes: {
          Route: page.map((line) => ({
            RouteId: line.id,
            RouteName: line.name,
            StartStation: line.stops[0],
            EndStation: line.stops[line.stops.length - 1],
            FirstTime: line.upFirst,
            LastTime: line.upLast,
          })),
        },
      }),
    });
  });

  scope.get('/RouteDetail', async (request, reply) => {
    const routeId = queryParam(request.query, 'routeId');
    if (!routeId) return send(reply, xmlError(400, '参数错误：routeId'));
    const line = CHENGDU_LINES.find((candidate) => candidate.id === routeId);
    if (!line) return send(reply, xmlError(404, '线路不存在'));
    return send(reply, {
      statusCode: 200,
      body: xmlDocument({
        Code: 0,
        Message: 'OK',
        Route: {
          RouteId: line.id,
          RouteName: line.name,
          Company: line.operator,
          Fare: line.fare.toFixed(1),
          Up: directionBlock(line, 'up'),
          Down: directionBlock(line, 'down'),
        },
      }),
    });
  });

  scope.get('/RealTime', async (request, reply) => {
    const routeId = queryParam(request.query, 'routeId');
    const requestedStation = queryParam(request.query, 'stationId');
    const dir = queryParam(request.query, 'dir');
    if (!routeId) return send(reply, xmlError(400, '参数错误：routeId'));
    if (!requestedStation) return send(reply, xmlError(400, '参数错误：stationId'));
    if (dir !== 'up' && dir !== 'down') return send(reply, xmlError(400, '参数错误：dir 须为 up 或 down'));
    const line = CHENGDU_LINES.find((candidate) => candidate.id === routeId);
    if (!line) return send(reply, xmlError(404, '线路不存在'));
    const list = stations(line, dir);
    const index = list.findIndex((station) => station.StationId === requestedStation);
    const station = list[index];
    if (!station) return send(reply, xmlError(404, '站点不存在'));

    const now = ctx.clock.now();
    const buses = upcomingArrivals(line, dir, index, now).map((approach) => ({
      BusNo: approach.plate,
      StationsLeft: approach.stopsAway,
      DistanceKm: (approach.metresAway / 1000).toFixed(1),
      ArriveMinutes: Math.ceil(approach.secondsAway / 60),
    }));
    return send(reply, {
      statusCode: 200,
      body: xmlDocument({
        Code: 0,
        Message: 'OK',
        RouteId: line.id,
        RouteName: line.name,
        StationId: station.StationId,
        StationName: station.StationName,
        Dir: dir,
        UpdateTime: formatShanghaiDateTime(now),
        Buses: { Bus: buses },
      }),
    });
  });
}

export function registerChengduBus(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiDateTime, formatShanghaiMinute } from '../platform/time.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import { SHANGHAI_TRAFFIC } from './data/shanghai.js';
import { activeIncidents, sectionConditions, type CongestionLevel, type IncidentType } from './model.js';

/**
 * Shanghai traffic dialect: {resultCode: 0, resultMsg, updateTime, ...}; status 1-4 with a
 * Chinese status name, speed in whole km/h, times as "YYYY-MM-DD HH:mm".
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'shanghai-traffic',
  prefix: '/shanghai/traffic',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { resultCode: 503, resultMsg: '服务繁忙，请稍后再试' } }),
  routeNotFound: () => ({ statusCode: 404, body: { resultCode: 404, resultMsg: '接口不存在' } }),
};

export const STATUS_NAMES: Record<CongestionLevel, string> = { 1: '畅通', 2: '缓行', 3: '拥堵', 4: '严重拥堵' };

export const EVENT_TYPE_NAMES: Record<IncidentType, string> = {
  accident: '交通事故',
  roadworks: '道路施工',
  closure: '道路封闭',
  event: '大型活动',
};

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  scope.get('/roads', async (request, reply) => {
    const roadName = queryParam(request.query, 'roadName');
    if (roadName === null) {
      return reply.code(400).type(JSON_TYPE).send({ resultCode: 400, resultMsg: '参数错误：roadName' });
    }
    const now = ctx.clock.now();
    const roads = sectionConditions(SHANGHAI_TRAFFIC, now)
      .filter((condition) => roadName === undefined || condition.section.road === roadName)
      .map(({ section, speedKmh, level }) => {
        const speed = Math.max(1, Math.round(speedKmh));
        return {
          sectionId: section.id,
          roadName: section.road,
          fromName: section.from,
          toName: section.to,
          direction: section.direction,
          length: section.lengthM,
          status: level,
          statusName: STATUS_NAMES[level],
          speed,
          travelTime: Math.round((section.lengthM / 1000 / speed) * 3600),
        };
      });
    return reply.type(JSON_TYPE).send({
      resultCode: 0,
      resultMsg: 'success',
      updateTime: formatShanghaiDateTime(now),
      roads,
    });
  });

  scope.get('/events', async (_request, reply) => {
    const now = ctx.clock.now();
    const events = activeIncidents(SHANGHAI_TRAFFIC, now).map((incident) => ({
      eventId: incident.id,
      eventType: EVENT_TYPE_NAMES[incident.type],
      roadName: incident.road,
      location: incident.location,
      direction: incident.direction,
      startTime: formatShanghaiMinute(incident.startMs),
      endTime: formatShanghaiMinute(incident.endMs),
      description: incident.description,
    }));
    return reply.type(JSON_TYPE).send({
      resultCode: 0,
      resultMsg: 'success',
      updateTime: formatShanghaiDateTime(now),
      total: events.length,
      events,
    });
  });
}

export function registerShanghaiTraffic(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

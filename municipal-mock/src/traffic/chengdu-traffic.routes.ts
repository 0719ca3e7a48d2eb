import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { formatShanghaiIso } from '../platform/time.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import { CHENGDU_TRAFFIC } from './data/chengdu.js';
import { activeIncidents, congestionIndex, sectionConditions, type CongestionLevel } from './model.js';

/**
 * Chengdu traffic dialect: {errcode: 0, errmsg, data}; levels as lower-case words, a
 * city-wide travel-time index, times as ISO 8601 with +08:00.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'chengdu-traffic',
  prefix: '/chengdu/traffic',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 500, body: { errcode: 50001, errmsg: 'system error' } }),
  routeNotFound: () => ({ statusCode: 404, body: { errcode: 40401, errmsg: 'api not found' } }),
};

export const LEVEL_WORDS: Record<CongestionLevel, string> = { 1: 'smooth', 2: 'slow', 3: 'jam', 4: 'severe' };

/** City-wide level from the travel-time index. */
export function levelForIndex(index: number): string {
  if (index < 1.5) return 'smooth';
  if (index < 2) return 'slow';
  if (index < 3) return 'jam';
  return 'severe';
}

function routes(scope: FastifyInstance, ctx: PlatformContext): void {
  scope.get('/congestion', async (_request, reply) => {
    const now = ctx.clock.now();
    const conditions = sectionConditions(CHENGDU_TRAFFIC, now);
    const index = congestionIndex(conditions);
    return reply.type(JSON_TYPE).send({
      errcode: 0,
      errmsg: 'ok',
      data: {
        updated_at: formatShanghaiIso(now),
        index,
        level: levelForIndex(index),
        segments: conditions.map(({ section, speedKmh, ratio, level }) => ({
          id: section.id,
          name: section.road,
          from: section.from,
          to: section.to,
          direction: section.direction,
          length_m: section.lengthM,
          level: LEVEL_WORDS[level],
          speed_kmh: speedKmh,
          index: Math.round((1 / ratio) * 10) / 10,
        })),
        incidents: activeIncidents(CHENGDU_TRAFFIC, now).map((incident) => ({
          id: incident.id,
          type: incident.type,
          road: incident.road,
          location: incident.location,
          direction: incident.direction,
          description: incident.description,
          start_at: formatShanghaiIso(incident.startMs),
          end_at: formatShanghaiIso(incident.endMs),
        })),
      },
    });
  });
}

export function registerChengduTraffic(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => routes(scope, ctx));
}

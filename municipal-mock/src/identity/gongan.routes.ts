import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { INVALID_JSON, jsonBody, registerUpstream, type Dialect } from '../platform/upstream.js';
import { isValidIdNumber, normalizeIdNumber } from './id-number.js';
import { findPersona } from './personas.js';

/**
 * Public-security identity verification (公安身份核验): POST /gongan/id/verify (signed)
 * {xm: name, gmsfhm: identity number} → {resultCode, result, requestNo}.
 * Business answers are HTTP 200; resultCode "00" 一致, "01" 不一致, "02" 库中无此号,
 * "03" 参数错误 (local to this mock), "99" 系统错误 (injected, HTTP 503).
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'gongan',
  prefix: '/gongan',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { resultCode: '99', result: '系统错误', requestNo: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { resultCode: '404', result: '服务不存在', requestNo: null } }),
};

const NAME = /^[\u4e00-\u9fa5·]{2,20}$/;

export function registerGongan(app: FastifyInstance, ctx: PlatformContext): void {
  let counter = 0;
  registerUpstream(app, ctx, dialect, (scope) => {
    scope.post('/id/verify', async (request, reply) => {
      counter += 1;
      const requestNo = `GA${createHash('sha256').update(`${request.id}:${counter}`).digest('hex').slice(0, 20).toUpperCase()}`;
      const answer = (resultCode: string, result: string) => reply.type(JSON_TYPE).send({ resultCode, result, requestNo });
      const body = jsonBody(request);
      if (body === INVALID_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
        return answer('03', '参数错误：请求体必须是 JSON 对象');
      }
      const { xm, gmsfhm } = body as Record<string, unknown>;
      if (typeof xm !== 'string' || !NAME.test(xm)) return answer('03', '参数错误：xm');
      if (typeof gmsfhm !== 'string' || !isValidIdNumber(gmsfhm)) return answer('03', '参数错误：gmsfhm');
      const persona = findPersona(normalizeIdNumber(gmsfhm));
      if (!persona) return answer('02', '库中无此号');
      return persona.name === xm ? answer('00', '一致') : answer('01', '不一致');
    });
  });
}

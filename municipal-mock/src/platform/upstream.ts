import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PlatformContext } from './context.js';
import type { ServiceName } from './services.js';

/** A ready response in one upstream's own dialect. JSON bodies are objects, XML bodies strings. */
export interface DialectResponse {
  statusCode: number;
  body: string | object;
}

/** How one municipal system spells its transport-level answers. */
export interface Dialect {
  service: ServiceName;
  prefix: string;
  contentType: string;
  /** Injected errors (errorRate) and unexpected exceptions. */
  systemError(): DialectResponse;
  /** A path under the prefix that does not exist. */
  routeNotFound(): DialectResponse;
  /** false = no X-Signature check (WeChat authenticates by appid + secret in the query). Default true. */
  signed?: boolean;
}

/** Marker for a request body that is not valid JSON (handlers answer in their own dialect). */
export const INVALID_JSON: unique symbol = Symbol('invalid-json');

/**
 * The parsed JSON body of a POST under registerUpstream: `undefined` when empty,
 * INVALID_JSON when unparsable. Bodies are parsed leniently so each dialect can spell its own 400.
 */
export function jsonBody(request: FastifyRequest): unknown {
  const raw = request.body;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return raw;
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** The body as a plain object, or null when it is absent, not JSON or not an object. */
export function jsonObject(request: FastifyRequest): Record<string, unknown> | null {
  const body = jsonBody(request);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

export function sendDialect(reply: FastifyReply, dialect: Dialect, response: DialectResponse): FastifyReply {
  return reply.code(response.statusCode).type(dialect.contentType).send(response.body);
}

/** Cuts a body short, mid-token: neither JSON nor XML parsers accept the result. */
export function garble(payload: string): string {
  const keep = Math.max(1, Math.floor(payload.length * 0.6));
  return payload.length <= 1 ? '{' : payload.slice(0, Math.min(keep, payload.length - 1));
}

/**
 * Registers one municipal system under its prefix. Every request goes through, in order:
 * stats → latency fault → timeout fault → signature check (401) → errorRate fault → handler
 * → malformed fault (2xx bodies only).
 */
export function registerUpstream(
  app: FastifyInstance,
  ctx: PlatformContext,
  dialect: Dialect,
  routes: (scope: FastifyInstance) => void,
): void {
  void app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        ctx.stats.record(dialect.service, `${request.method} ${request.routeOptions.url ?? '(unmatched)'}`);
        const fault = ctx.faults.get(dialect.service);
        if (fault.latencyMs > 0) await ctx.held.sleep(fault.latencyMs);
        if (fault.timeout) {
          ctx.held.hold(reply);
          return reply;
        }
        if (dialect.signed === false) {
          if (fault.errorRate > 0 && ctx.random() < fault.errorRate) {
            return sendDialect(reply, dialect, dialect.systemError());
          }
          return undefined;
        }
        const verdict = ctx.verifier.verify({
          method: request.method,
          url: request.raw.url ?? request.url,
          headers: request.headers,
        });
        if (!verdict.ok) {
          return reply
            .code(401)
            .type('application/json; charset=utf-8')
            .send({ error: verdict.error, message: verdict.message });
        }
        if (fault.errorRate > 0 && ctx.random() < fault.errorRate) {
          return sendDialect(reply, dialect, dialect.systemError());
        }
        return undefined;
      });

      scope.addHook('onSend', async (_request, reply, payload) => {
        const fault = ctx.faults.get(dialect.service);
        if (!fault.malformed || reply.statusCode < 200 || reply.statusCode >= 300) return payload;
        if (typeof payload === 'string') return garble(payload);
        if (Buffer.isBuffer(payload)) return garble(payload.toString('utf8'));
        return payload;
      });

      // JSON bodies arrive as text; handlers parse them with jsonBody() and answer bad JSON in their dialect.
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        done(null, typeof body === 'string' ? body : body.toString('utf8'));
      });

      scope.setNotFoundHandler((_request, reply) => sendDialect(reply, dialect, dialect.routeNotFound()));
      scope.setErrorHandler((_error, _request, reply) => sendDialect(reply, dialect, dialect.systemError()));

      routes(scope);
    },
    { prefix: dialect.prefix },
  );
}

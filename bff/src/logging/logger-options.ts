import type { FastifyInstance } from 'fastify';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** Paths in a log line that may carry secrets or personal data; pino replaces them with [redacted]. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-app-key"]',
  'req.headers["x-signature"]',
  'res.headers["set-cookie"]',
  // A failed query's values (TypeORM's QueryFailedError) and the SQL with values filled in (mysql2).
  'err.parameters',
  'err.driverError.sql',
  'err.sql',
];

/** The one root logger: Nest's logs, request lines and the response cache's lines all go through it. */
export function createRootLogger(config: AppConfig, destination?: DestinationStream): PinoLogger {
  const options = { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { pid: process.pid, service: 'bff' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Nest's own log calls go to the root logger. Requests are logged by `logRequests` from a Fastify
 * hook (one line each) rather than pino-http middleware, which costs a child logger per request.
 */
export function loggerOptions(logger: PinoLogger): Params {
  return { pinoHttp: { logger }, forRoutes: [] };
}

/** One structured line per request, with its id (the one upstream calls carry), status and time. */
export function logRequests(fastify: FastifyInstance, logger: PinoLogger): void {
  // Request lines are at info (5xx at error, which the error filter and the upstream client also
  // log); above info the hook is not installed at all, sparing every request its cost.
  if (!logger.isLevelEnabled('info')) return;
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.url !== '/api/health') {
      const status = reply.statusCode;
      const line = {
        req: { id: request.id, method: request.method, url: request.url },
        res: { statusCode: status },
        responseTime: Math.round(reply.elapsedTime),
        ...(reply.getHeader('x-cache') === 'HIT' ? { cache: 'HIT' } : {}),
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request completed');
    }
    done();
  });
}

import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** Paths in a log line that may carry secrets or personal data; pino replaces them with [redacted]. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-app-key"]',
  'req.headers["x-signature"]',
  'res.headers["set-cookie"]',
];

/** The one root logger: Nest's logs, request lines and the response cache's lines all go through it. */
export function createRootLogger(config: AppConfig): PinoLogger {
  return pino({ level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { pid: process.pid, service: 'bff' } });
}

/** Structured JSON logs, one line per request, with the request id that upstream calls carry too. */
export function loggerOptions(logger: PinoLogger): Params {
  return {
    pinoHttp: {
      logger,
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id: string }).id,
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    forRoutes: ['*path'],
  };
}

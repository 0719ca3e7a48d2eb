import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ErrorCode, ErrorEnvelope } from '@portal/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from './app-exception';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'MALFORMED_REQUEST',
  429: 'RATE_LIMITED',
};

const PLAIN_WORDS: Partial<Record<ErrorCode, string>> = {
  MALFORMED_REQUEST: 'The request could not be read. Please check what was sent.',
  UNAUTHORIZED: 'Please sign in first.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'There is nothing at this address.',
  PAYLOAD_TOO_LARGE: 'What was sent is too large.',
  RATE_LIMITED: 'Too many requests. Please wait a moment and try again.',
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id.',
};

/** Turns any error into the one envelope. Unknown errors become a plain 500; nothing internal leaks. */
export function toEnvelope(error: unknown, requestId: string): { status: number; body: ErrorEnvelope } {
  if (error instanceof AppException) {
    return {
      status: error.status,
      body: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}), requestId },
    };
  }
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { statusCode?: unknown })?.statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'MALFORMED_REQUEST';
    return { status, body: { code, message: PLAIN_WORDS[code]!, requestId } };
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: PLAIN_WORDS.INTERNAL_ERROR!, requestId } };
}

@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const { status, body } = toEnvelope(error, String(request.id));
    if (status >= 500 && !(error instanceof AppException)) {
      this.logger.error({ err: error, requestId: request.id }, 'Unhandled error');
    }
    if (error instanceof AppException && error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
    // A route's public Cache-Control was set before it failed: no browser or proxy may keep an error.
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-store').send(body);
  }
}

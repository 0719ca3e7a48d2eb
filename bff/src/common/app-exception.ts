import type { ErrorCode, FieldError } from '@portal/shared';

/** The one domain error: a status, a machine-readable code and words a citizen can read. */
export class AppException extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: FieldError[],
    /** For 429: when the citizen may try again (sent as Retry-After). */
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppException';
  }

  static notFound(code: ErrorCode, message: string): AppException {
    return new AppException(404, code, message);
  }

  static validation(details: FieldError[]): AppException {
    const fields = [...new Set(details.map((d) => d.field))].join(', ');
    return new AppException(400, 'VALIDATION_FAILED', `Please check these fields: ${fields}.`, details);
  }

  static field(field: string, rule: string, message: string): AppException {
    return AppException.validation([{ field, rule, message }]);
  }

  static rateLimited(retryAfterSeconds: number, message?: string): AppException {
    const wait = retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)} minutes` : `${retryAfterSeconds} seconds`;
    return new AppException(429, 'RATE_LIMITED', message ?? `Too many attempts. Please try again in ${wait}.`, undefined, retryAfterSeconds);
  }

  static unauthorized(code: 'UNAUTHORIZED' | 'SESSION_EXPIRED' = 'UNAUTHORIZED'): AppException {
    return new AppException(
      401,
      code,
      code === 'SESSION_EXPIRED' ? 'Your session has ended. Please sign in again.' : 'Please sign in first.',
    );
  }

  static upstreamUnavailable(): AppException {
    return new AppException(
      503,
      'UPSTREAM_UNAVAILABLE',
      "The city's system is not answering right now and we have no earlier answer to show. Please try again in a few minutes.",
    );
  }
}

import type { ErrorCode, FieldError } from '@portal/shared';

/** The one domain error: a status, a machine-readable code and words a citizen can read. */
export class AppException extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: FieldError[],
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

  static upstreamUnavailable(): AppException {
    return new AppException(
      503,
      'UPSTREAM_UNAVAILABLE',
      "The city's system is not answering right now and we have no earlier answer to show. Please try again in a few minutes.",
    );
  }
}

/**
 * The one error envelope every BFF error uses, end to end.
 * `code` is machine-readable; the mini-program turns it into plain words.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CITY_NOT_FOUND',
  'SERVICE_NOT_IN_CITY',
  'BUS_LINE_NOT_FOUND',
  'BUS_STOP_NOT_FOUND',
  'RATE_LIMITED',
  'SESSION_EXPIRED',
  'SMS_CODE_INVALID',
  'SMS_CODE_EXPIRED',
  'SMS_CODE_LOCKED',
  'WECHAT_CODE_INVALID',
  'PRIVACY_NOT_ACCEPTED',
  'IDENTITY_NOT_VERIFIED',
  'IDENTITY_ALREADY_BOUND',
  'IDENTITY_MISMATCH',
  'IDEMPOTENCY_KEY_REUSED',
  'PAYMENT_IN_PROGRESS',
  'ALREADY_PAID',
  'NOT_RESIDENT_INSURED',
  'SLOT_FULL',
  'ALREADY_RATED',
  'CONSULTATION_NOT_OPEN',
  'CONSULTATION_CLOSED',
  'ALREADY_RESPONDED',
  'RESULTS_NOT_PUBLISHED',
  'WECHAT_NOT_SIGNED_IN',
  'LETTER_STATE_CONFLICT',
  'LETTER_CHANGED',
  'UNSUPPORTED_MEDIA_TYPE',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `field` is a dotted path such as `direction` or `items.0.name`. */
export interface FieldError {
  field: string;
  /** Machine-readable rule that failed, e.g. `isIn`, `maxLength`, `whitelist`. */
  rule: string;
  message: string;
}

export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  details?: FieldError[];
  requestId: string;
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && typeof v.requestId === 'string';
}

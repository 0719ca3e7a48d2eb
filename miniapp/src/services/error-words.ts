import { ERROR_CODES, type ErrorCode, type FieldError } from '@portal/shared';
import type { MessageKey, Translate } from '../i18n/translate';

/**
 * What went wrong with a call, as the request client saw it. Kept as data (not words) so the
 * page can say it in whatever language is current when it renders.
 */
export type RequestFailure =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'envelope'; status: number; code: ErrorCode; details?: FieldError[]; requestId?: string }
  | { kind: 'http'; status: number; requestId?: string };

export class ApiError extends Error {
  constructor(readonly failure: RequestFailure) {
    super(failure.kind === 'envelope' ? failure.code : failure.kind);
    this.name = 'ApiError';
  }
}

const FIELD_KEYS: Record<string, MessageKey> = {
  q: 'field.q',
  lineId: 'field.lineId',
  stopId: 'field.stopId',
  direction: 'field.direction',
  city: 'field.city',
};

const RULE_KEYS: Record<string, MessageKey> = {
  maxLength: 'rule.maxLength',
  isNotEmpty: 'rule.isNotEmpty',
  isIn: 'rule.isIn',
  whitelist: 'rule.whitelist',
};

function isKnownCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** One field problem in plain words: our own words where we know the field and rule, else the server's. */
export function describeFieldError(detail: FieldError, t: Translate): string {
  const fieldKey = FIELD_KEYS[detail.field];
  const ruleKey = RULE_KEYS[detail.rule];
  const field = fieldKey ? t(fieldKey) : detail.field;
  if (ruleKey) return t('error.field', { field, message: t(ruleKey) });
  return t('error.fieldServer', { field, message: detail.message });
}

/** Any thrown value -> one sentence for the person, in the current language. */
export function describeError(error: unknown, t: Translate): string {
  const failure = error instanceof ApiError ? error.failure : undefined;
  if (!failure) return t('error.unknown');
  switch (failure.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'http':
      return failure.status >= 500 ? t('error.INTERNAL_ERROR') : t('error.unknown');
    case 'envelope': {
      const head = isKnownCode(failure.code) ? t(`error.${failure.code}` as MessageKey) : t('error.unknown');
      const fields = (failure.details ?? []).map((d) => describeFieldError(d, t));
      if (fields.length === 0) return head;
      return t('error.withFields', { head: head.replace(/[。.]$/, ''), fields: fields.join(t('error.fieldSeparator')) });
    }
  }
}

/** Whether trying again could help (network, timeouts, 5xx, rate limits). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const f = error.failure;
  if (f.kind === 'network' || f.kind === 'timeout') return true;
  if (f.kind === 'envelope') return f.code === 'UPSTREAM_UNAVAILABLE' || f.code === 'RATE_LIMITED' || f.status >= 500;
  return f.status >= 500;
}

import { ERROR_CODES, type ErrorCode, type FieldError } from '@portal/shared';
import type { MessageKey, Translate } from '../i18n/translate';

/**
 * What went wrong with a call, as the request client saw it. Kept as data (not words) so the
 * page can say it in whatever language is current when it renders.
 */
export type RequestFailure =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | {
      kind: 'envelope';
      status: number;
      code: ErrorCode;
      details?: FieldError[];
      requestId?: string;
      /** The BFF's own plain message; only read where a number in it matters (tries left). */
      message?: string;
      /** From a 429's Retry-After header. */
      retryAfterSeconds?: number;
    }
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
  phone: 'field.phone',
  code: 'field.code',
  name: 'field.name',
  idNumber: 'field.idNumber',
  relation: 'field.relation',
  version: 'field.version',
};

const RULE_KEYS: Record<string, MessageKey> = {
  maxLength: 'rule.maxLength',
  isNotEmpty: 'rule.isNotEmpty',
  isIn: 'rule.isIn',
  whitelist: 'rule.whitelist',
  length: 'rule.length',
  characters: 'rule.characters',
  area: 'rule.area',
  birthDate: 'rule.birthDate',
  checkCharacter: 'rule.checkCharacter',
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

/** The first whole number in the BFF's message for a wrong SMS code: how many tries are left. */
export function triesLeft(message: string | undefined): number | undefined {
  const match = /(\d+)/.exec(message ?? '');
  return match ? Number(match[1]) : undefined;
}

function headline(failure: Extract<RequestFailure, { kind: 'envelope' }>, t: Translate): string {
  if (failure.code === 'RATE_LIMITED' && failure.retryAfterSeconds !== undefined) {
    return t('error.RATE_LIMITED.wait', { seconds: failure.retryAfterSeconds });
  }
  if (failure.code === 'SMS_CODE_INVALID') {
    const left = triesLeft(failure.message);
    if (left !== undefined) return t('error.SMS_CODE_INVALID.left', { count: left });
  }
  return isKnownCode(failure.code) ? t(`error.${failure.code}` as MessageKey) : t('error.unknown');
}

/** The error code of an ApiError from the BFF, if it carried one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  return error instanceof ApiError && error.failure.kind === 'envelope' ? error.failure.code : undefined;
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
      const head = headline(failure, t);
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

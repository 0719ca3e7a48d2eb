import { ApiError, errorCode } from '../../services/error-words';

/**
 * One key per payment, made when the check page opens and sent with every try of that payment, so
 * a double tap or a retry after a lost answer pays once (the BFF accepts 8-64 of [A-Za-z0-9_-]).
 */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 0x100000000).toString(36).padStart(7, '0');
  return `rm-${now.toString(36)}-${part()}${part()}`;
}

export type PaymentProblem = 'uncertain' | 'alreadyPaid' | 'notResident' | 'keyReused' | 'inProgress' | 'other';

/**
 * What a failed payment means to the citizen. `uncertain`: the answer never arrived or the city's
 * system failed half-way, so the money may or may not have moved; retrying with the same key is safe.
 */
export function paymentProblem(error: unknown): PaymentProblem {
  const code = errorCode(error);
  if (code === 'ALREADY_PAID') return 'alreadyPaid';
  if (code === 'NOT_RESIDENT_INSURED') return 'notResident';
  if (code === 'IDEMPOTENCY_KEY_REUSED') return 'keyReused';
  if (code === 'PAYMENT_IN_PROGRESS') return 'inProgress';
  if (code === 'UPSTREAM_UNAVAILABLE' || code === 'INTERNAL_ERROR') return 'uncertain';
  if (error instanceof ApiError) {
    const f = error.failure;
    if (f.kind === 'network' || f.kind === 'timeout') return 'uncertain';
    if ((f.kind === 'http' || f.kind === 'envelope') && f.status >= 500) return 'uncertain';
  }
  return 'other';
}

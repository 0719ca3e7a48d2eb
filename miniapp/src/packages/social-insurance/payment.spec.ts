import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../services/error-words';
import { newIdempotencyKey, paymentProblem } from './payment';

describe('resident medical payment', () => {
  it('makes keys the BFF accepts, different each time', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
  });

  it('says a lost answer or a failing city system may have paid (retry with the same key)', () => {
    expect(paymentProblem(new ApiError({ kind: 'network' }))).toBe('uncertain');
    expect(paymentProblem(new ApiError({ kind: 'timeout' }))).toBe('uncertain');
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 503, code: 'UPSTREAM_UNAVAILABLE' }))).toBe('uncertain');
    expect(paymentProblem(new ApiError({ kind: 'http', status: 502 }))).toBe('uncertain');
  });

  it('names the refusals', () => {
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 409, code: 'ALREADY_PAID' }))).toBe('alreadyPaid');
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 409, code: 'NOT_RESIDENT_INSURED' }))).toBe('notResident');
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 409, code: 'IDEMPOTENCY_KEY_REUSED' }))).toBe('keyReused');
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 409, code: 'PAYMENT_IN_PROGRESS' }))).toBe('inProgress');
    expect(paymentProblem(new ApiError({ kind: 'envelope', status: 400, code: 'VALIDATION_FAILED' }))).toBe('other');
  });
});

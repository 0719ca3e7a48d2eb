import { describe, expect, it } from '@jest/globals';
import { chinaClock, minutesFrom, signInProblem } from './signin';

describe('staff sign-in problems', () => {
  it('a 401 is a wrong username or password, whichever it was', () => {
    expect(signInProblem({ kind: 'envelope', status: 401, code: 'UNAUTHORIZED', message: 'bad' })).toEqual({ kind: 'wrong' });
  });

  it('a lock says when to try again, from Retry-After or a time in the answer', () => {
    expect(signInProblem({ kind: 'envelope', status: 429, code: 'RATE_LIMITED', message: 'locked', retryAfterSeconds: 900 })).toEqual({
      kind: 'locked',
      retryAfterSeconds: 900,
      until: undefined,
    });
    expect(signInProblem({ kind: 'envelope', status: 403, code: 'FORBIDDEN', message: 'Account locked until 2026-03-02T06:30:00.000Z' })).toEqual({
      kind: 'locked',
      retryAfterSeconds: undefined,
      until: '2026-03-02T06:30:00.000Z',
    });
  });

  it('anything else is said the usual way', () => {
    expect(signInProblem({ kind: 'network' })).toEqual({ kind: 'other' });
    expect(signInProblem({ kind: 'envelope', status: 400, code: 'VALIDATION_FAILED', message: 'x', details: [] })).toEqual({ kind: 'other' });
  });

  it('words for the time', () => {
    expect(minutesFrom(61)).toBe(2);
    expect(minutesFrom(0)).toBe(1);
    expect(chinaClock('2026-03-02T06:30:00.000Z')).toBe('14:30');
    expect(chinaClock('soon')).toBeUndefined();
  });
});

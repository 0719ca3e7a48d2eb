import type { RequestFailure } from '../../services/error-words';

/**
 * What a refused staff sign-in means for the person at the form: wrong credentials (one plain
 * message, never saying which of the two was wrong), a locked account with the time it opens again
 * (from Retry-After, or a time in the BFF's details), or anything else (network, server: the usual
 * words). Pure, so it is unit-tested.
 */
export type SignInProblem =
  | { kind: 'wrong' }
  | { kind: 'locked'; retryAfterSeconds?: number; until?: string }
  | { kind: 'other' };

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/;

export function signInProblem(failure: RequestFailure | undefined): SignInProblem {
  if (!failure || failure.kind !== 'envelope') return { kind: 'other' };
  const lockDetail = failure.details?.find((d) => /lock/i.test(d.rule) || /lock/i.test(d.field));
  const until = ISO_TIME.exec(lockDetail?.message ?? '')?.[0] ?? ISO_TIME.exec(failure.message ?? '')?.[0];
  const locked = failure.code === 'RATE_LIMITED' || /LOCK/.test(failure.code) || (failure.status === 423) || Boolean(lockDetail) || (failure.status === 403 && /lock|锁/i.test(failure.message ?? ''));
  if (locked) return { kind: 'locked', retryAfterSeconds: failure.retryAfterSeconds, until };
  if (failure.status === 401 || failure.code === 'UNAUTHORIZED') return { kind: 'wrong' };
  return { kind: 'other' };
}

/** Minutes, rounded up, for "try again in N minutes". */
export function minutesFrom(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** `HH:mm` of an instant in China time (the portal's clock), for "try again after 14:35". */
export function chinaClock(iso: string): string | undefined {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return undefined;
  const china = new Date(ms + 8 * 3600_000);
  return `${String(china.getUTCHours()).padStart(2, '0')}:${String(china.getUTCMinutes()).padStart(2, '0')}`;
}

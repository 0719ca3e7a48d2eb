import { BAD_REVIEW_MAX_LEVEL, LETTER_RULES, RATING_REASON_MAX, type RatingLevel } from '@portal/shared';
import { charCount } from './draft';

export type RatingProblem = { field: 'level'; kind: 'missing' } | { field: 'comment'; kind: 'missing' | 'long'; count: number };

/** A letter's rating, checked before sending: a level, and for 不满意/非常不满意 a reason in words. */
export function checkLetterRating(level: RatingLevel | undefined, comment: string): RatingProblem[] {
  const found: RatingProblem[] = [];
  const count = charCount(comment.trim());
  if (level === undefined) found.push({ field: 'level', kind: 'missing' });
  else if (level <= BAD_REVIEW_MAX_LEVEL && count === 0) found.push({ field: 'comment', kind: 'missing', count });
  if (count > RATING_REASON_MAX) found.push({ field: 'comment', kind: 'long', count });
  return found;
}

export type ReasonProblem = 'missing' | 'short' | 'long';

/** A re-examination's reason: 4 to 500 characters. */
export function checkReexaminationReason(reason: string): ReasonProblem | undefined {
  const n = charCount(reason.trim());
  if (n === 0) return 'missing';
  if (n < LETTER_RULES.reasonMin) return 'short';
  if (n > LETTER_RULES.reasonMax) return 'long';
  return undefined;
}

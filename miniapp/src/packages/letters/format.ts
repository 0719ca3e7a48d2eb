import {
  ANSWER_OUTCOME_LABELS,
  LETTER_STATUS_LABELS,
  LETTER_TOPIC_LABELS,
  LETTER_TYPE_LABELS,
  type AnswerOutcome,
  type DepartmentKind,
  type Locale,
  type LetterEventKind,
  type LetterStatus,
  type LetterTopic,
  type LetterType,
} from '@portal/shared';
import { dayWords, dueState } from './dates';
import type { LetterTranslate, LetterWordKey } from './words';

/** Labels from the shared contract, in the current language. */
export const statusWords = (s: LetterStatus, locale: Locale): string => LETTER_STATUS_LABELS[s]?.[locale] ?? s;
export const typeWords = (s: LetterType, locale: Locale): string => LETTER_TYPE_LABELS[s]?.[locale] ?? s;
export const topicWords = (s: LetterTopic, locale: Locale): string => LETTER_TOPIC_LABELS[s]?.[locale] ?? s;
export const outcomeWords = (s: AnswerOutcome, locale: Locale): string => ANSWER_OUTCOME_LABELS[s]?.[locale] ?? s;
export const eventWords = (kind: LetterEventKind, t: LetterTranslate): string => t(`lt.event.${kind}` as LetterWordKey);

export const ADDRESSEE_GROUPS: readonly DepartmentKind[] = ['mayor', 'district', 'bureau', 'agency'];
export const addresseeGroupWords = (kind: DepartmentKind, t: LetterTranslate): string => t(`lt.addressee.${kind}` as LetterWordKey);

/**
 * A deadline with how it stands today: “2026年3月20日（还有 12 天）”. A deadline of a step already
 * done (`done`) is only the date.
 */
export function deadlineWords(date: string, t: LetterTranslate, locale: Locale, now: Date | number = Date.now(), done = false): string {
  const words = dayWords(date, locale);
  if (done) return t('lt.due.done', { date: words });
  const state = dueState(date, now);
  switch (state.kind) {
    case 'future':
      return t('lt.due.future', { date: words, days: state.days });
    case 'today':
      return t('lt.due.today', { date: words });
    case 'past':
      return t('lt.due.past', { date: words, days: state.days });
    default:
      return words;
  }
}

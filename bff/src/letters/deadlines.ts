import { LETTER_RULES, addWorkingDays, chinaDate, type LetterDeadlines, type LetterStatus } from '@portal/shared';

/**
 * The legal deadlines of a letter, in working days of the holiday calendar kept as data
 * (shared/src/calendar): pure functions of dates (`YYYY-MM-DD`, China), so they are tested alone.
 * Each deadline counts from the China date of the event, not counting that day itself.
 */

/** Whether the department accepts it: 15 working days from receipt. */
export function acceptBy(receivedOn: string): string {
  return addWorkingDays(receivedOn, LETTER_RULES.acceptWithinWorkingDays);
}

/** The answer: 60 working days from acceptance (before acceptance, counted from receipt). */
export function answerBy(acceptedOrReceivedOn: string): string {
  return addWorkingDays(acceptedOrReceivedOn, LETTER_RULES.answerWithinWorkingDays);
}

/** An extension moves the answer deadline once, by at most 30 working days, from the current deadline. */
export function extendedTo(currentAnswerBy: string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > LETTER_RULES.maxExtensionWorkingDays) {
    throw new RangeError(`An extension is 1 to ${LETTER_RULES.maxExtensionWorkingDays} working days`);
  }
  return addWorkingDays(currentAnswerBy, workingDays);
}

/** The last day the writer may ask for a re-examination: 30 working days after the answer. */
export function reexaminationRequestBy(answeredOn: string): string {
  return addWorkingDays(answeredOn, LETTER_RULES.reexaminationRequestWithinWorkingDays);
}

/** The re-examination's own answer deadline: 30 working days from the request. */
export function reexaminationAnswerBy(requestedOn: string): string {
  return addWorkingDays(requestedOn, LETTER_RULES.reexaminationAnswerWithinWorkingDays);
}

/** A deadline is missed when today (China) is after it. */
export function isPast(deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline;
}

/** The deadline that applies in the current status, or null when nothing is due from the department. */
export function dueBy(status: LetterStatus, d: LetterDeadlines): string | null {
  switch (status) {
    case 'received':
      return d.acceptBy;
    case 'accepted':
      return d.extendedTo ?? d.answerBy;
    case 'reexamining':
      return d.reexaminationBy;
    default:
      return null;
  }
}

export function isOverdue(status: LetterStatus, d: LetterDeadlines, today: string): boolean {
  return isPast(dueBy(status, d), today);
}

/** The China date of an instant. */
export function dayOf(at: Date): string {
  return chinaDate(at);
}

/** Whole calendar days from one China date to another (for the median days to answer). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

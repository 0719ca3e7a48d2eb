import {
  ANSWER_OUTCOMES,
  LETTER_RULES,
  LETTER_STATUSES,
  TRACKING_NO_PATTERN,
  type AnswerOutcome,
  type LetterStatus,
  type StaffInboxItem,
  type StaffInboxResponse,
  type StaffLetterView,
} from '@portal/shared';

/**
 * The workbench's pure rules: which actions a case allows in its current status, the local check
 * of each action's form (the BFF checks again; its 400 details land on the same fields), what the
 * publish form starts with, and the inbox's order and filters. No Taro here: unit-tested.
 */
export const STAFF_ACTIONS = ['accept', 'decline', 'transfer', 'merge', 'answer', 'extend', 'publish'] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

type CaseFacts = Pick<StaffLetterView, 'status' | 'channel' | 'publishable' | 'public' | 'deadlines' | 'timeline'>;

/** Whether the case may be put on (or its texts updated on) the public board: the writer allowed it and it has an answer. */
export function canPublish(letter: Pick<CaseFacts, 'publishable' | 'status'>): boolean {
  return letter.publishable && (letter.status === 'answered' || letter.status === 'reexamining' || letter.status === 'closed');
}

/** Whether the answer deadline was already extended (it may be, once). */
export function wasExtended(letter: Pick<CaseFacts, 'deadlines' | 'timeline'>): boolean {
  return letter.deadlines.extendedTo !== null || letter.timeline.some((event) => event.kind === 'extended');
}

/**
 * The actions open to the department in the case's status (as the BFF's workflow allows them):
 * received → accept, decline, transfer, merge; accepted → answer, extend (once), merge;
 * reexamining → answer (the re-examination); answered, reexamining, closed → publish when the
 * writer allowed it (again, to correct the published texts). Premier letters are handled by the
 * national channel, not the department.
 */
export function availableActions(letter: CaseFacts): StaffAction[] {
  if (letter.channel === 'premier') return [];
  const publish: StaffAction[] = canPublish(letter) ? ['publish'] : [];
  switch (letter.status) {
    case 'received':
      return ['accept', 'decline', 'transfer', 'merge'];
    case 'accepted':
      return wasExtended(letter) ? ['answer', 'merge'] : ['answer', 'extend', 'merge'];
    case 'reexamining':
      return ['answer', ...publish];
    case 'answered':
    case 'closed':
      return publish;
    default:
      return [];
  }
}

// ---- Forms --------------------------------------------------------------------------------------

export type Problem =
  | 'missing'
  | 'short'
  | 'long'
  | 'format'
  | 'same'
  | 'range'
  | 'personal-id'
  | 'personal-phone'
  | 'personal-name';

export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** Length as the BFF counts it: code points, after trimming. */
export function textLength(value: string): number {
  return Array.from(value.trim()).length;
}

function lengthProblem(value: string, min: number, max: number, required = true): Problem | undefined {
  const length = textLength(value);
  if (length === 0) return required ? 'missing' : undefined;
  if (length < min) return 'short';
  if (length > max) return 'long';
  return undefined;
}

function clean<F extends string>(problems: Record<F, Problem | undefined>): Problems<F> {
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== undefined)) as Problems<F>;
}

export function checkReason(reason: string): Problems<'reason'> {
  return clean({ reason: lengthProblem(reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax) });
}

export function checkTransfer(input: { departmentId: string; reason: string }, currentDepartmentId: string | undefined): Problems<'departmentId' | 'reason'> {
  return clean({
    departmentId: !input.departmentId ? 'missing' : input.departmentId === currentDepartmentId ? 'same' : undefined,
    reason: lengthProblem(input.reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax),
  });
}

/** Tracking numbers are typed in any case and with spaces; compare them cleaned. */
export function normaliseTrackingNo(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function checkMerge(input: { intoTrackingNo: string; reason: string }, ownTrackingNo: string): Problems<'intoTrackingNo' | 'reason'> {
  const into = normaliseTrackingNo(input.intoTrackingNo);
  return clean({
    intoTrackingNo: !into ? 'missing' : !TRACKING_NO_PATTERN.test(into) ? 'format' : into === ownTrackingNo ? 'same' : undefined,
    reason: lengthProblem(input.reason, 0, LETTER_RULES.reasonMax, false),
  });
}

export function checkAnswer(input: { outcome: AnswerOutcome | undefined; text: string }): Problems<'outcome' | 'text'> {
  return clean({
    outcome: input.outcome && (ANSWER_OUTCOMES as readonly string[]).includes(input.outcome) ? undefined : 'missing',
    text: lengthProblem(input.text, 1, LETTER_RULES.answerMax),
  });
}

/** Working days typed as text: a whole number from 1 to the rule's maximum (30). */
export function parseWorkingDays(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

export function checkExtend(input: { workingDays: string; reason: string }): Problems<'workingDays' | 'reason'> {
  const days = parseWorkingDays(input.workingDays);
  return clean({
    workingDays: input.workingDays.trim() === '' ? 'missing' : days === undefined ? 'format' : days < 1 || days > LETTER_RULES.maxExtensionWorkingDays ? 'range' : undefined,
    reason: lengthProblem(input.reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax),
  });
}

/** Digits broken up by spaces, hyphens or dots ("138 0013 8000") are read as one number (as the BFF reads them). */
const SEPARATORS_BETWEEN_DIGITS = /(?<=\d)[\s\-.·]+(?=[\dXx])/g;
const IDENTITY_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/;
const MOBILE_NUMBER = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/;

/** Whether a text still carries an identity number, a mobile number or the writer's name (what publishing must remove). */
export function personalDataIn(text: string, writer: { name: string; phone: string }): 'personal-id' | 'personal-phone' | 'personal-name' | undefined {
  const compact = text.normalize('NFKC').replace(SEPARATORS_BETWEEN_DIGITS, '');
  if (IDENTITY_NUMBER.test(compact)) return 'personal-id';
  const digits = writer.phone.replace(/\D/g, '');
  if (MOBILE_NUMBER.test(compact) || (digits.length >= 7 && compact.includes(digits))) return 'personal-phone';
  const name = writer.name.trim();
  if (name.length >= 2 && text.includes(name)) return 'personal-name';
  return undefined;
}

export interface PublishDraft {
  title: string;
  content: string;
  answer: string;
}

/** What the publish form starts with: the texts as published before, else the letter and its answer as written. */
export function publishDraft(letter: Pick<StaffLetterView, 'public' | 'title' | 'content' | 'answer' | 'reexaminationAnswer'>): PublishDraft {
  if (letter.public) return { ...letter.public };
  return { title: letter.title, content: letter.content, answer: (letter.reexaminationAnswer ?? letter.answer)?.text ?? '' };
}

export function checkPublish(draft: PublishDraft, writer: { name: string; phone: string }): Problems<'title' | 'content' | 'answer'> {
  const check = (value: string, min: number, max: number): Problem | undefined => lengthProblem(value, min, max) ?? personalDataIn(value, writer);
  return clean({
    title: check(draft.title, LETTER_RULES.titleMin, LETTER_RULES.titleMax),
    content: check(draft.content, LETTER_RULES.contentMin, LETTER_RULES.contentMax),
    answer: check(draft.answer, 1, LETTER_RULES.answerMax),
  });
}

// ---- Inbox ------------------------------------------------------------------------------------

/** Overdue first, then the nearest due date, then the oldest; cases without a due date last. */
export function inboxOrder(items: readonly StaffInboxItem[]): StaffInboxItem[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueBy !== b.dueBy) {
      if (a.dueBy === null) return 1;
      if (b.dueBy === null) return -1;
      return a.dueBy < b.dueBy ? -1 : 1;
    }
    return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0;
  });
}

export type InboxFilter = 'open' | 'overdue' | LetterStatus;

export interface InboxTab {
  filter: InboxFilter;
  count: number;
}

/** Statuses the department still has to act on: the inbox without a filter lists these. */
export const OPEN_STATUSES: readonly LetterStatus[] = ['received', 'accepted', 'reexamining'];

/** The filter tabs with their counts: open cases, overdue, then each status that has cases (received and accepted always). */
export function inboxTabs(counts: StaffInboxResponse['counts']): InboxTab[] {
  const byStatus = LETTER_STATUSES.map((status) => ({ filter: status as InboxFilter, count: counts[status] ?? 0 }));
  const open = OPEN_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return [
    { filter: 'open', count: open },
    { filter: 'overdue', count: counts.overdue ?? 0 },
    ...byStatus.filter((tab) => tab.count > 0 || tab.filter === 'received' || tab.filter === 'accepted'),
  ];
}

/** The inbox query for a tab. */
export function inboxQuery(filter: InboxFilter): { status?: LetterStatus; overdue?: boolean } {
  if (filter === 'open') return {};
  if (filter === 'overdue') return { overdue: true };
  return { status: filter };
}

/** The answer deadline in force: the extended one when there is one. */
export function answerDeadline(letter: Pick<StaffLetterView, 'deadlines'>): string {
  return letter.deadlines.extendedTo ?? letter.deadlines.answerBy;
}

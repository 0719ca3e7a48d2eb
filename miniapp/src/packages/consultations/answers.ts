import {
  CONSULTATION_RULES,
  type ConsultationOptionResult,
  type ConsultationQuestion,
  type ConsultationQuestionResult,
  type SubmitConsultationResponseRequest,
} from '@portal/shared';

/**
 * The consultation form's pure rules: what a question's answer holds, choosing (one, or up to the
 * question's maximum), the local check before the check-your-answers step (the BFF checks again and
 * names `answers.N.choices` / `answers.N.text`, N being the question's position because answers go
 * in question order), the request, and the results as shares with words. Unit-tested.
 */
export interface Answer {
  choices: string[];
  text: string;
}
export type Answers = Record<string, Answer>;

export type AnswerProblem = 'missing' | 'tooMany' | 'tooLong';

export function emptyAnswers(questions: readonly ConsultationQuestion[]): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, { choices: [], text: '' }]));
}

/** Most options a question takes: 1 for single choice, its maximum (or all) for multiple choice. */
export function maxChoices(question: ConsultationQuestion): number {
  if (question.kind === 'single') return 1;
  return question.maxChoices ?? question.options.length;
}

/** A free-text question's limit in characters. */
export function textMax(question: ConsultationQuestion): number {
  return Math.min(question.maxLength ?? CONSULTATION_RULES.defaultTextMax, CONSULTATION_RULES.textMaxLimit);
}

export const chars = (value: string): number => Array.from(value.trim()).length;

/**
 * Tapping an option: single choice takes it in place of any other; multiple choice toggles it, and
 * refuses (`full`) a new one beyond the maximum rather than dropping an earlier choice silently.
 */
export function toggleChoice(question: ConsultationQuestion, current: readonly string[], optionId: string): { choices: string[]; full: boolean } {
  if (question.kind === 'single') return { choices: [optionId], full: false };
  if (current.includes(optionId)) return { choices: current.filter((c) => c !== optionId), full: false };
  if (current.length >= maxChoices(question)) return { choices: [...current], full: true };
  // Keep the options' own order, whatever order they were tapped in.
  const order = question.options.map((o) => o.id);
  return { choices: [...current, optionId].sort((a, b) => order.indexOf(a) - order.indexOf(b)), full: false };
}

function isAnswered(question: ConsultationQuestion, answer: Answer | undefined): boolean {
  if (!answer) return false;
  return question.kind === 'text' ? chars(answer.text) > 0 : answer.choices.length > 0;
}

export function checkAnswers(questions: readonly ConsultationQuestion[], answers: Answers): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  for (const question of questions) {
    const answer = answers[question.id];
    if (!isAnswered(question, answer)) {
      if (question.required) problems[question.id] = 'missing';
      continue;
    }
    if (question.kind === 'text' && chars(answer!.text) > textMax(question)) problems[question.id] = 'tooLong';
    if (question.kind !== 'text' && answer!.choices.length > maxChoices(question)) problems[question.id] = 'tooMany';
  }
  return problems;
}

/** One answer per question, in question order (so the BFF's `answers.N` is question N). */
export function toRequest(questions: readonly ConsultationQuestion[], answers: Answers): SubmitConsultationResponseRequest {
  return {
    answers: questions.map((question) => {
      const answer = answers[question.id] ?? { choices: [], text: '' };
      return question.kind === 'text' ? { questionId: question.id, text: answer.text.trim() } : { questionId: question.id, choices: [...answer.choices] };
    }),
  };
}

/** `answers.2.choices` -> the id of the third question. */
export function questionIdOfField(field: string, questions: readonly ConsultationQuestion[]): string | undefined {
  const match = /^answers\.(\d+)(?:\.|$)/.exec(field);
  return match ? questions[Number(match[1])]?.id : undefined;
}

// ---- Results ------------------------------------------------------------------------------------

export interface OptionShare extends ConsultationOptionResult {
  /** Whole percent of the responses that answered the question (multiple choice can add up past 100). */
  percent: number;
  /** 0..100, the bar's length: the same share, unrounded. */
  width: number;
}

/** Each option's share of those who answered the question; rounded half up, 0 when nobody answered. */
export function optionShares(question: Pick<ConsultationQuestionResult, 'answered' | 'options'>): OptionShare[] {
  return question.options.map((option) => {
    const share = question.answered > 0 ? (option.count / question.answered) * 100 : 0;
    return { ...option, percent: Math.floor(share + 0.5), width: Math.min(100, Math.max(0, share)) };
  });
}

/** The id of the option (or options, on a tie) chosen most, none when nobody answered. */
export function leadingOptions(question: Pick<ConsultationQuestionResult, 'options'>): string[] {
  const top = Math.max(0, ...question.options.map((o) => o.count));
  return top === 0 ? [] : question.options.filter((o) => o.count === top).map((o) => o.id);
}

/** A fresh Idempotency-Key for one consultation's response draft (kept until its receipt arrives). */
export function newResponseKey(consultationId: string, now: number = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 0x100000000).toString(36).padStart(7, '0');
  return `cr-${consultationId.slice(0, 40)}-${now.toString(36)}-${part()}${part()}`;
}

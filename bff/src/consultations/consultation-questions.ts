import { createHash } from 'node:crypto';
import { CONSULTATION_RULES, type ConsultationAnswer, type ConsultationQuestion, type FieldError } from '@portal/shared';

export interface CheckedAnswer {
  questionId: string;
  /** Option ids (choice questions). */
  choices: string[];
  /** Free text, trimmed (text questions). */
  text: string | null;
}

const chars = (s: string): number => [...s].length;

/**
 * Every answer checked against its question. Fields are named by the answer's position, e.g.
 * `answers.2.choices`; a required question left unanswered is named by its own position (clients
 * send answers in question order, so the two agree).
 */
export function checkAnswers(questions: ConsultationQuestion[], answers: ConsultationAnswer[]): { checked: CheckedAnswer[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  /** Where each question's answer was sent, to name it when it is empty but required. */
  const positions = new Map<string, number>();
  const checked: CheckedAnswer[] = [];
  answers.forEach((answer, i) => {
    const at = `answers.${i}`;
    const question = byId.get(answer.questionId);
    if (!question) {
      errors.push({ field: `${at}.questionId`, rule: 'unknownQuestion', message: 'This consultation has no such question.' });
      return;
    }
    if (seen.has(question.id)) {
      errors.push({ field: `${at}.questionId`, rule: 'duplicate', message: 'Each question is answered once.' });
      return;
    }
    seen.add(question.id);
    positions.set(question.id, i);
    if (question.kind === 'text') {
      if (answer.choices !== undefined && answer.choices.length > 0) {
        errors.push({ field: `${at}.choices`, rule: 'notAChoiceQuestion', message: 'This question takes written text, not choices.' });
        return;
      }
      const text = (answer.text ?? '').trim();
      const max = question.maxLength ?? CONSULTATION_RULES.defaultTextMax;
      if (chars(text) > max) {
        errors.push({ field: `${at}.text`, rule: 'maxLength', message: `Please keep this answer to ${max} characters (it has ${chars(text)}).` });
        return;
      }
      if (text) checked.push({ questionId: question.id, choices: [], text });
      return;
    }
    if (answer.text !== undefined && answer.text.trim() !== '') {
      errors.push({ field: `${at}.text`, rule: 'notATextQuestion', message: 'This question is answered by choosing from its options.' });
      return;
    }
    const choices = answer.choices ?? [];
    const known = new Set(question.options.map((o) => o.id));
    const unknown = choices.findIndex((c) => !known.has(c));
    if (unknown >= 0) {
      errors.push({ field: `${at}.choices`, rule: 'unknownOption', message: `"${String(choices[unknown]).slice(0, 20)}" is not one of this question's options.` });
      return;
    }
    if (new Set(choices).size !== choices.length) {
      errors.push({ field: `${at}.choices`, rule: 'duplicate', message: 'Each option can be chosen once.' });
      return;
    }
    const max = question.kind === 'single' ? 1 : (question.maxChoices ?? question.options.length);
    if (choices.length > max) {
      errors.push({
        field: `${at}.choices`,
        rule: 'maxChoices',
        message: max === 1 ? 'Choose one option only.' : `Choose at most ${max} options (${choices.length} chosen).`,
      });
      return;
    }
    if (choices.length > 0) checked.push({ questionId: question.id, choices, text: null });
  });
  const answered = new Set(checked.map((a) => a.questionId));
  questions.forEach((question, k) => {
    if (!question.required || answered.has(question.id)) return;
    const position = positions.get(question.id);
    // An answer that was sent and already refused has its own error.
    if (position !== undefined && errors.some((e) => e.field.startsWith(`answers.${position}.`))) return;
    errors.push({
      field: `answers.${position ?? k}`,
      rule: 'required',
      message: `Question ${k + 1} (${question.prompt.slice(0, 30)}) needs an answer.`,
    });
  });
  return { checked, errors };
}

/** The same answers always hash the same, whatever order the options were ticked in. */
export function answersHash(checked: CheckedAnswer[]): string {
  const canonical = [...checked]
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
    .map((a) => [a.questionId, [...a.choices].sort(), a.text]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

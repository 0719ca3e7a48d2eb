import { LETTER_RULES } from '@portal/shared';
import { ApiError, describeError } from '../../services/error-words';
import { formErrorsFrom, type FormErrors } from '../../services/field-errors';
import type { DraftField, DraftProblem, LetterDraft } from './draft';
import { charCount, checkField } from './draft';
import type { LetterTranslate, LetterWordKey } from './words';

/** The BFF's field names (dotted paths) -> the form's fields. */
const BFF_FIELDS: Record<string, DraftField> = {
  type: 'type',
  topic: 'topic',
  departmentId: 'departmentId',
  title: 'title',
  content: 'content',
  location: 'address',
  'location.address': 'address',
  'location.latitude': 'address',
  'location.longitude': 'address',
  photoIds: 'photos',
  contactPhone: 'contactPhone',
  publishable: 'publishable',
  anonymousInPublic: 'publishable',
};

export const DRAFT_FIELDS: readonly DraftField[] = ['type', 'topic', 'departmentId', 'title', 'content', 'address', 'photos', 'contactPhone', 'publishable'];

/** A validator rule name from the BFF -> the kind of problem the form words. */
export function problemOfRule(rule: string): DraftProblem {
  const r = rule.toLowerCase();
  if (['isnotempty', 'isdefined', 'required', 'missing', 'empty'].includes(r)) return 'missing';
  if (['minlength', 'short', 'tooshort'].includes(r)) return 'short';
  if (['maxlength', 'long', 'toolong', 'arraymaxsize'].includes(r)) return 'long';
  if (r === 'markup') return 'markup';
  return 'format';
}

const TOO_MANY: Partial<Record<DraftField, true>> = { photos: true };

/** The words for one field's problem, with the numbers that go in them. */
export function problemWords(field: DraftField, problem: DraftProblem, draft: Pick<LetterDraft, 'title' | 'content'> | undefined, t: LetterTranslate): string {
  const kind = problem === 'long' && TOO_MANY[field] ? 'tooMany' : problem;
  const key = `lt.problem.${field}.${kind}` as LetterWordKey;
  const params = {
    min: field === 'title' ? LETTER_RULES.titleMin : LETTER_RULES.contentMin,
    max:
      field === 'title'
        ? LETTER_RULES.titleMax
        : field === 'content'
          ? LETTER_RULES.contentMax
          : field === 'address'
            ? LETTER_RULES.addressMax
            : LETTER_RULES.maxPhotos,
    count: field === 'title' ? charCount(draft?.title.trim() ?? '') : charCount(draft?.content.trim() ?? ''),
  };
  const text = t(key, params);
  // A field and rule pair without words of its own (the key comes back as it went in): the generic ones.
  if (text === key) return t(`lt.problem.${field}.${kind === 'missing' ? 'missing' : 'format'}` as LetterWordKey, params);
  return text;
}

/**
 * A failed submit split the GOV.UK way: each field's problem at the field (in our words, by the
 * rule the BFF names), anything else one summary line.
 */
export function letterFormErrors(error: unknown, draft: LetterDraft | undefined, t: LetterTranslate): FormErrors<DraftField> {
  if (!(error instanceof ApiError) || error.failure.kind !== 'envelope' || !(error.failure.details ?? []).length) {
    return { fields: {}, general: describeError(error, t) };
  }
  const fields: Partial<Record<DraftField, string>> = {};
  const leftovers: { field: string; rule: string; message: string }[] = [];
  for (const detail of error.failure.details ?? []) {
    const field = BFF_FIELDS[detail.field] ?? BFF_FIELDS[detail.field.replace(/\.\d+$/, '')];
    if (!field) {
      leftovers.push(detail);
      continue;
    }
    // A length rule (isLength) names no side: the draft says whether it was too short or too long.
    const ruled = problemOfRule(detail.rule);
    const local = draft && detail.rule === 'isLength' ? checkField(draft, field) : undefined;
    if (!fields[field]) fields[field] = problemWords(field, local ?? ruled, draft, t);
  }
  if (!leftovers.length) return { fields };
  // Fields this form does not know: the shared mapping words them (server message as a fallback).
  const rest = formErrorsFrom(new ApiError({ ...error.failure, details: leftovers }), [] as readonly string[], t);
  return { fields, general: rest.general };
}

/** The draft's own problems, in words. */
export function draftErrorWords(found: Partial<Record<DraftField, DraftProblem>>, draft: LetterDraft, t: LetterTranslate): Partial<Record<DraftField, string>> {
  const out: Partial<Record<DraftField, string>> = {};
  for (const field of DRAFT_FIELDS) {
    const problem = found[field];
    if (problem) out[field] = problemWords(field, problem, draft, t);
  }
  return out;
}

import type { IdentityNumberProblem } from '@portal/shared';
import type { MessageKey, Translate } from '../i18n/translate';
import { ApiError, describeError, describeFieldError } from './error-words';

/**
 * Form errors the GOV.UK way: one plain message at each field, and the same messages listed in
 * an error summary at the top that links to the fields. A failure from the BFF is split here:
 * field details (VALIDATION_FAILED) and codes that belong to one field (a wrong SMS code, a
 * name/number mismatch) go to that field; anything else becomes one summary line.
 */
export interface FormErrors<F extends string> {
  /** Message per field, for the fields this form has. */
  fields: Partial<Record<F, string>>;
  /** A problem that belongs to no field, shown only in the summary. */
  general?: string;
}

/** Error codes that are about one field of a form (field name as the form calls it). */
const CODE_FIELDS: Record<string, string> = {
  SMS_CODE_INVALID: 'code',
  SMS_CODE_EXPIRED: 'code',
  SMS_CODE_LOCKED: 'code',
  IDENTITY_MISMATCH: 'name',
};

/** The local check's words for each kind of identity-number problem. */
export const IDENTITY_PROBLEM_KEYS: Record<IdentityNumberProblem, MessageKey> = {
  empty: 'identity.problem.empty',
  length: 'identity.problem.length',
  characters: 'identity.problem.characters',
  area: 'identity.problem.area',
  birthDate: 'identity.problem.birthDate',
  checkCharacter: 'identity.problem.checkCharacter',
};

/** An identity-number problem found before sending, in plain words; `length` says how many were typed. */
export function describeIdentityProblem(problem: IdentityNumberProblem, input: string, t: Translate): string {
  return t(IDENTITY_PROBLEM_KEYS[problem], { count: input.trim().length });
}

export function formErrorsFrom<F extends string>(error: unknown, formFields: readonly F[], t: Translate): FormErrors<F> {
  const known = (field: string): field is F => (formFields as readonly string[]).includes(field);
  if (!(error instanceof ApiError) || error.failure.kind !== 'envelope') return { fields: {}, general: describeError(error, t) };
  const failure = error.failure;
  const fields: Partial<Record<F, string>> = {};
  const codeField = CODE_FIELDS[failure.code];
  if (codeField && known(codeField)) {
    fields[codeField] = describeError(error, t);
    return { fields };
  }
  const details = failure.details ?? [];
  const leftovers: string[] = [];
  for (const detail of details) {
    // The BFF speaks of idNumber rules by the same names as the local check.
    const problemKey = detail.field.endsWith('idNumber') ? IDENTITY_PROBLEM_KEYS[detail.rule as IdentityNumberProblem] : undefined;
    const field = detail.field.split('.').pop() ?? detail.field;
    if (!known(field)) {
      leftovers.push(describeFieldError(detail, t));
      continue;
    }
    if (fields[field]) continue;
    fields[field] = problemKey && detail.rule !== 'length' ? t(problemKey) : describeFieldError(detail, t);
  }
  if (details.length === 0) return { fields, general: describeError(error, t) };
  return leftovers.length ? { fields, general: leftovers.join(t('error.fieldSeparator')) } : { fields };
}

/** Whether the form has anything to show. */
export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return Boolean(errors.general) || Object.values(errors.fields).some(Boolean);
}

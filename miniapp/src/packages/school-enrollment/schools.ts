import { SCHOOL_NAME_MAX, type School } from '@portal/shared';
import { dateWords } from '../../i18n/domain';
import type { DomainTranslate } from '../../i18n/domain';
import type { SchoolKey } from '../../i18n/domains/school-enrollment';

/** Pure helpers for the school enrollment page (jest-tested): districts, the name check, dates in words. */

/** The districts that have schools, in the order the city lists them (no repeats). */
export function districtsOf(schools: School[]): string[] {
  const seen: string[] = [];
  for (const s of schools) if (!seen.includes(s.district)) seen.push(s.district);
  return seen;
}

export type NameProblem = { key: 'school.bad.name.long'; params: { max: number; count: number } } | { key: 'school.bad.name.chars' };

/** Part of a school's name: optional, at most SCHOOL_NAME_MAX characters, no control characters or < >. */
export function checkSchoolName(input: string): { ok: true; name: string | undefined } | { ok: false; problem: NameProblem } {
  const name = input.trim();
  if (name === '') return { ok: true, name: undefined };
  const count = [...name].length;
  if (count > SCHOOL_NAME_MAX) return { ok: false, problem: { key: 'school.bad.name.long', params: { max: SCHOOL_NAME_MAX, count } } };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>]/.test(name)) return { ok: false, problem: { key: 'school.bad.name.chars' } };
  return { ok: true, name };
}

/** A key date: one day ("2026年5月9日") or a span ("2026年4月7日 至 2026年4月20日"). */
export function dateSpan(start: string, end: string, locale: 'zh' | 'en', t: DomainTranslate<SchoolKey>): string {
  if (!end || start === end) return dateWords(start, locale);
  return t('school.date.range', { start: dateWords(start, locale), end: dateWords(end, locale) });
}

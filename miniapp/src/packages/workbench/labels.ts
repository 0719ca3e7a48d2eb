import { LETTER_STATUS_LABELS, type LetterStatus, type Locale } from '@portal/shared';
import type { DomainTranslate } from '../../i18n/domain';
import type { WorkbenchKey } from '../../i18n/domains/workbench';
import type { InboxFilter, StaffAction } from './case-actions';

type T = DomainTranslate<WorkbenchKey>;

export function filterLabel(filter: InboxFilter, t: T, locale: Locale): string {
  if (filter === 'open') return t('wb.filter.open');
  if (filter === 'overdue') return t('wb.filter.overdue');
  return LETTER_STATUS_LABELS[filter as LetterStatus][locale];
}

const ACTION_KEYS: Record<StaffAction, WorkbenchKey> = {
  accept: 'wb.action.accept',
  decline: 'wb.action.decline',
  transfer: 'wb.action.transfer',
  merge: 'wb.action.merge',
  answer: 'wb.action.answer',
  extend: 'wb.action.extend',
  publish: 'wb.action.publish',
};

export function actionLabel(action: StaffAction, t: T): string {
  return t(ACTION_KEYS[action]);
}

/** `2026-03-02T08:15:00+08:00` -> `2026-03-02 08:15` in China time; dates pass through. */
export function chinaDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function chinaDate(iso: string): string {
  return chinaDateTime(iso).slice(0, 10);
}

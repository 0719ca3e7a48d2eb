import { LETTER_STATUS_LABELS, type LetterStatus, type Locale } from '@portal/shared';
import type { DomainTranslate } from '../../i18n/domain';
import type { WorkbenchKey } from '../../i18n/domains/workbench';
import { STAFF_ACTIONS, type InboxFilter, type StaffAction } from './case-actions';

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

const AUDIT_KEYS: Record<string, WorkbenchKey> = {
  'login.success': 'wb.audit.login.success',
  'login.failure': 'wb.audit.login.failure',
  'login.locked': 'wb.audit.login.locked',
  'login.refused-locked': 'wb.audit.login.refused-locked',
  logout: 'wb.audit.logout',
  'letter.view': 'wb.audit.letter.view',
  'consultation.adoption.published': 'wb.audit.adoption.published',
  'consultation.adoption.revised': 'wb.audit.adoption.revised',
};

/** An audit entry's action in words: `letter.accept` -> 受理, `letter.answer.refused` -> 答复（未执行）; unknown ones as recorded. */
export function auditActionWords(action: string, t: T): string {
  const key = AUDIT_KEYS[action];
  if (key) return t(key);
  const match = /^letter\.([a-z]+)(\.refused)?$/.exec(action);
  if (match && (STAFF_ACTIONS as readonly string[]).includes(match[1])) {
    const words = actionLabel(match[1] as StaffAction, t);
    return match[2] ? t('wb.audit.refused', { action: words }) : words;
  }
  return action;
}

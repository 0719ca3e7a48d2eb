import type { ConsultationState, ConsultationSummary, Locale } from '@portal/shared';
import type { DomainTranslate } from '../../i18n/domain';
import type { ConsultationKey } from '../../i18n/domains/consultations';

type T = DomainTranslate<ConsultationKey>;

export const STATE_KEYS: Record<ConsultationState, ConsultationKey> = {
  open: 'cs.state.open',
  upcoming: 'cs.state.upcoming',
  closed: 'cs.state.closed',
};

/** `2026-03-02T08:00:00+08:00` -> "2026年3月2日 08:00" / "2 March 2026 08:00" (China time). */
export function chinaTimeWords(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return locale === 'zh' ? `${y}年${m}月${day}日 ${clock}` : `${day} ${MONTHS[m - 1]} ${y} ${clock}`;
}

export function departmentName(c: Pick<ConsultationSummary, 'department'>, locale: Locale): string {
  return c.department.name[locale] || c.department.name.zh;
}

export function datesWords(c: Pick<ConsultationSummary, 'opensAt' | 'closesAt'>, t: T, locale: Locale): string {
  return t('cs.dates', { opens: chinaTimeWords(c.opensAt, locale), closes: chinaTimeWords(c.closesAt, locale) });
}

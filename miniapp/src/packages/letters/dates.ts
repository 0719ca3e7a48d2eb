import type { Locale } from '@portal/shared';

/**
 * Dates in words, in China time whatever the device's zone (deadlines are China working days).
 * Pure: the clock is a parameter.
 */
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseDay(date: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return { y, m, d };
}

/** `2026-04-07` -> 2026年4月7日 / 7 April 2026; anything else as it came. */
export function dayWords(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const p = parseDay(date);
  if (!p) return date;
  return locale === 'zh' ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}`;
}

/** The China calendar day of an instant, `YYYY-MM-DD`. */
export function chinaDay(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO instant -> 2026年3月2日 08:15 / 2 March 2026, 08:15 (China time). */
export function dateTimeWords(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const shifted = new Date(ms + CHINA_OFFSET_MS).toISOString();
  const day = dayWords(shifted.slice(0, 10), locale);
  const time = shifted.slice(11, 16);
  return locale === 'zh' ? `${day} ${time}` : `${day}, ${time}`;
}

/** Calendar days from today (China) to `date`: 0 today, negative once past. */
export function daysUntil(date: string, now: Date | number = Date.now()): number | undefined {
  const p = parseDay(date);
  if (!p) return undefined;
  const target = Date.UTC(p.y, p.m - 1, p.d);
  const today = Date.parse(`${chinaDay(now)}T00:00:00Z`);
  return Math.round((target - today) / DAY_MS);
}

export type DueState = { kind: 'future'; days: number } | { kind: 'today' } | { kind: 'past'; days: number } | { kind: 'unknown' };

/** How a deadline stands today, for words like “还有 5 天” / “已超过 2 天”. */
export function dueState(date: string | null | undefined, now: Date | number = Date.now()): DueState {
  if (!date) return { kind: 'unknown' };
  const days = daysUntil(date, now);
  if (days === undefined) return { kind: 'unknown' };
  if (days === 0) return { kind: 'today' };
  return days > 0 ? { kind: 'future', days } : { kind: 'past', days: -days };
}

/** Median days and shares as people read them: 0.934 -> 93%, null -> undefined (nothing yet). */
export function percentWords(share: number | null | undefined): string | undefined {
  if (share === null || share === undefined || !Number.isFinite(share)) return undefined;
  return `${Math.round(share * 100)}%`;
}

export function oneDecimal(value: number | null | undefined): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** ISO days inside a sentence from the BFF (“将在 2026-03-23 前”) said in words (“将在 2026年3月23日 前”). */
export function datesInWords(sentence: string, locale: Locale): string {
  return sentence.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => dayWords(day, locale));
}

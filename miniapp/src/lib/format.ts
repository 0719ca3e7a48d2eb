import type { Translate } from '../i18n/translate';

/** China has one time zone and no daylight saving: show clock times as the city sees them. */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** `2025-01-01T02:05:00Z` -> `10:05` (UTC+8). Returns '' for a value that is not a date. */
export function formatClock(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + CHINA_OFFSET_MINUTES * 60_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** 850 -> "850 米"; 1234 -> "1.2 公里". */
export function formatDistance(meters: number, t: Translate): string {
  if (meters < 1000) return t('unit.meters', { n: Math.max(0, Math.round(meters)) });
  return t('unit.kilometers', { n: (meters / 1000).toFixed(1) });
}

/** Today's date in China, `YYYY-MM-DD`. */
export function chinaDate(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/**
 * A forecast day in words: 今天/明天/后天 when the date is that close to today (China time),
 * else the weekday. The date itself is always shown next to it.
 */
export function forecastDayLabel(date: string, t: Translate, now: Date = new Date()): string {
  const day = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${chinaDate(now)}T00:00:00Z`);
  if (Number.isNaN(day)) return date;
  const diff = Math.round((day - today) / 86_400_000);
  if (diff === 0) return t('weather.day.0');
  if (diff === 1) return t('weather.day.1');
  if (diff === 2) return t('weather.day.2');
  return t(`weekday.${new Date(day).getUTCDay()}` as Parameters<Translate>[0]);
}

/** An ISO time as its date in China, `YYYY-MM-DD`; empty for a missing value. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? '' : chinaDate(time);
}

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

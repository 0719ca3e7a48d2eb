/**
 * Business time is Asia/Shanghai: UTC+8 all year (China has no daylight saving time),
 * so plain offset arithmetic is exact and no timezone library is needed.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MINUTES_PER_DAY = 24 * 60;

export interface ShanghaiTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
  /** YYYY-MM-DD in Shanghai */
  dateKey: string;
  /** seconds since Shanghai midnight */
  secondsOfDay: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function toShanghaiTime(epochMs: number): ShanghaiTime {
  const shifted = new Date(epochMs + SHANGHAI_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  const second = shifted.getUTCSeconds();
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: shifted.getUTCDay(),
    dateKey: `${year}-${pad(month)}-${pad(day)}`,
    secondsOfDay: hour * 3600 + minute * 60 + second,
  };
}

/** `2026-03-02T08:15:00+08:00` */
export function formatShanghaiIso(epochMs: number): string {
  const t = toShanghaiTime(epochMs);
  return `${t.dateKey}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+08:00`;
}

/** `2026-03-02 08:15:00` */
export function formatShanghaiDateTime(epochMs: number): string {
  const t = toShanghaiTime(epochMs);
  return `${t.dateKey} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/** `2026-03-02 08:15` */
export function formatShanghaiMinute(epochMs: number): string {
  return formatShanghaiDateTime(epochMs).slice(0, 16);
}

/** Epoch ms of Shanghai midnight starting the given date (YYYY-MM-DD). */
export function shanghaiMidnight(dateKey: string): number {
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS;
}

export function addDays(dateKey: string, days: number): string {
  return toShanghaiTime(shanghaiMidnight(dateKey) + days * 86_400_000).dateKey;
}

/** 'HH:mm' → minutes since midnight. Throws on malformed input (data files are code). */
export function parseHm(hm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hm);
  if (!match) throw new Error(`Bad HH:mm time: ${hm}`);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59) throw new Error(`Bad HH:mm time: ${hm}`);
  return hours * 60 + minutes;
}

/** minutes since midnight → 'HH:mm' (wraps past midnight). */
export function formatHm(minutesOfDay: number): string {
  const m = ((Math.floor(minutesOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 date-time that states its offset (`Z` or `+08:00`).
 * A time without an offset is refused: it would silently depend on the host's timezone.
 */
export function parseIsoWithOffset(value: string): number | null {
  if (!ISO_WITH_OFFSET.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export const WEEKDAY_NAMES_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * Working days in mainland China: Monday to Friday, less the public holidays, plus the weekend days
 * made working days ("调休") — as the State Council's General Office announces them each year.
 * Kept as data. Years not listed here count weekends only: add each year's notice when it is published.
 *
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04 (Xinhua; politics.gmw.cn/2025-11/04/content_38391083.htm),
 * checked line by line against this data. 2027's notice was not found by 2026-11-29: dates in 2027 count
 * weekends only until it is added, which can set a 2027 deadline a few days early (never late).
 */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  // 元旦
  '2026-01-01', '2026-01-02', '2026-01-03',
  // 春节
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  // 清明节
  '2026-04-04', '2026-04-05', '2026-04-06',
  // 劳动节
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  // 端午节
  '2026-06-19', '2026-06-20', '2026-06-21',
  // 中秋节
  '2026-09-25', '2026-09-26', '2026-09-27',
  // 国庆节
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
]);

/** Weekend days that are working days in exchange for a longer holiday. */
export const MAKE_UP_WORKING_DAYS: ReadonlySet<string> = new Set(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);

const DAY_MS = 86_400_000;

function parse(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function format(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  if (MAKE_UP_WORKING_DAYS.has(date)) return true;
  if (PUBLIC_HOLIDAYS.has(date)) return false;
  const weekday = new Date(parse(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `days` working days after `date` (`YYYY-MM-DD`), not counting `date` itself. */
export function addWorkingDays(date: string, days: number): string {
  let t = parse(date);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(format(t))) left -= 1;
  }
  return format(t);
}

/** Today's date in China (UTC+8, no daylight saving), `YYYY-MM-DD`. */
export function chinaDate(at: Date = new Date()): string {
  return format(at.getTime() + 8 * 3_600_000);
}

import { INSURANCE_KINDS, type InsuranceKind, type MonthlyContribution, type Shares } from '@portal/shared';
import type { Translate } from '../../i18n/translate';

/**
 * Pure helpers for the social insurance page: money and month words, the year picker's years,
 * which months the chart shows, and bar lengths. No Taro here, so jest tests them directly.
 * Number formatting is done by hand: Intl is not complete in every WeChat JS engine.
 */
export type Locale = 'zh' | 'en';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2890.97 -> "2,890.97"; always two decimals; thousands grouped with commas (both languages). */
export function formatAmount(value: number): string {
  const cents = Math.round(Math.abs(value) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 && cents > 0 ? '-' : ''}${grouped}.${fraction}`;
}

/** On screen: "¥2,890.97" (a negative, e.g. a refund: "-¥12.00"). */
export function formatYuan(value: number): string {
  const text = formatAmount(value);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/** Read aloud: "2,890.97 元" / "2,890.97 yuan" (a screen reader may read "¥" as yen). */
export function spokenYuan(value: number, locale: Locale): string {
  return locale === 'zh' ? `${formatAmount(value)} 元` : `${formatAmount(value)} yuan`;
}

function parseMonth(month: string): { year: number; month: number } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return undefined;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? { year: Number(match[1]), month: m } : undefined;
}

/** "2025-01" -> "2025年1月" / "January 2025"; anything else is shown as it came. */
export function monthLabel(month: string | null | undefined, locale: Locale): string {
  if (!month) return '';
  const parsed = parseMonth(month);
  if (!parsed) return month;
  return locale === 'zh' ? `${parsed.year}年${parsed.month}月` : `${MONTHS_EN[parsed.month - 1]} ${parsed.year}`;
}

/** "2025-01" -> "1月" / "Jan" (the chart's row label; the year is in the heading). */
export function shortMonthLabel(month: string, locale: Locale): string {
  const parsed = parseMonth(month);
  if (!parsed) return month;
  return locale === 'zh' ? `${parsed.month}月` : MONTHS_EN[parsed.month - 1].slice(0, 3);
}

/** "2025-01" -> "01" (test ids: si-month-bar-01). */
export function monthNumber(month: string): string {
  return month.slice(5, 7);
}

/** This year (China time) and the four before, newest first. */
export function pickerYears(now: Date = new Date()): number[] {
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  return [0, 1, 2, 3, 4].map((back) => year - back);
}

export interface MonthSlot {
  /** `YYYY-MM` */
  month: string;
  /** Undefined: nothing was paid (or recorded) for this month. */
  contribution: MonthlyContribution | undefined;
}

/**
 * The months the chart shows for a year: all twelve for a past year (a gap is worth seeing),
 * and for this year January up to the latest month with a record (later months have not happened
 * or not been posted yet). No record at all: no rows.
 */
export function monthSlots(year: number, months: MonthlyContribution[], now: Date = new Date()): MonthSlot[] {
  const byMonth = new Map(months.filter((m) => m.month.startsWith(`${year}-`)).map((m) => [m.month, m]));
  if (byMonth.size === 0) return [];
  const thisYear = pickerYears(now)[0];
  const last = year >= thisYear ? Math.max(...[...byMonth.keys()].map((m) => Number(m.slice(5, 7)))) : 12;
  const slots: MonthSlot[] = [];
  for (let m = 1; m <= last; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    slots.push({ month, contribution: byMonth.get(month) });
  }
  return slots;
}

/**
 * The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^n at or above the value: the chart's full
 * width, a round number said in words under the chart, with the longest bar filling most of it.
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = step * power;
    if (candidate >= value - 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

export interface BarLengths {
  /** Percent of the chart's width, 0..100. */
  personal: number;
  employer: number;
}

/** A share that is not zero stays visible: at least this many percent. */
export const MIN_VISIBLE_PERCENT = 1;

function percent(value: number, scale: number): number {
  if (!(value > 0) || !(scale > 0)) return 0;
  return Math.max(MIN_VISIBLE_PERCENT, Math.round((value / scale) * 1000) / 10);
}

/**
 * Stacked bars on one scale: each bar's personal and employer shares as percent of the chart
 * width, where the width is the nice ceiling of the largest total. Negative values draw nothing.
 */
export function scaleBars(rows: (Shares | undefined)[]): { scale: number; bars: BarLengths[] } {
  const totals = rows.map((r) => (r ? Math.max(0, r.personal) + Math.max(0, r.employer) : 0));
  const scale = niceCeiling(Math.max(0, ...totals));
  const bars = rows.map((r) => {
    if (!r) return { personal: 0, employer: 0 };
    const personal = percent(r.personal, scale);
    const employer = Math.min(percent(r.employer, scale), Math.max(0, 100 - personal));
    return { personal, employer };
  });
  return { scale, bars };
}

/** The insurances a month lists, in the usual order (pension first), only those present. */
export function presentKinds(byInsurance: Partial<Record<InsuranceKind, Shares>>): InsuranceKind[] {
  return INSURANCE_KINDS.filter((kind) => byInsurance[kind] !== undefined);
}

/** The latest month with a record, to show its breakdown first. */
export function latestMonth(months: MonthlyContribution[]): string | undefined {
  return months.reduce<string | undefined>((latest, m) => (latest === undefined || m.month > latest ? m.month : latest), undefined);
}

/** The bar's text equivalent: "2025年1月 个人 2,890.97 元，单位 7,367.84 元". */
export function monthBarText(slot: MonthSlot, locale: Locale, t: Translate): string {
  const month = monthLabel(slot.month, locale);
  if (!slot.contribution) return t('si.bar.spokenNone', { month });
  return t('si.bar.spoken', {
    month,
    personal: spokenYuan(slot.contribution.personalTotal, locale),
    employer: spokenYuan(slot.contribution.employerTotal, locale),
  });
}

/** A year's bar in words: "2025年 个人 34,691.64 元，单位 88,414.08 元，缴费 12 个月". */
export function yearBarText(
  row: { year: number; monthsPaid: number; personalTotal: number; employerTotal: number },
  locale: Locale,
  t: Translate,
): string {
  return t('si.yearly.spoken', {
    year: row.year,
    personal: spokenYuan(row.personalTotal, locale),
    employer: spokenYuan(row.employerTotal, locale),
    months: row.monthsPaid,
  });
}

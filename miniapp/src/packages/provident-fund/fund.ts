import { LOAN_YEARS_MAX, type LoanEstimateQuery, type LoanHome, type ProvidentFundBalancePoint, type ProvidentFundDeposit } from '@portal/shared';
import type { DomainTranslate } from '../../i18n/domain';
import type { PfKey } from '../../i18n/domains/provident-fund';
import { MIN_VISIBLE_PERCENT, monthLabel, niceCeiling, shortMonthLabel, spokenYuan, type Locale } from '../social-insurance/chart';

/**
 * Pure helpers for the provident fund pages: which months the deposit chart shows, each bar's
 * words, rates as percent, and the loan form's local check. No Taro here, so jest tests them.
 */

export interface DepositSlot {
  /** `YYYY-MM` */
  month: string;
  /** Undefined: nothing was deposited that month. */
  deposit: ProvidentFundDeposit | undefined;
}

function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * `count` calendar months, newest first, from the newest deposit back; a month without a deposit
 * is a row of its own ("无缴存"), so a gap is seen. Several deposits in one month (a back payment
 * beside the regular one) are added up, their kinds joined. No deposit at all: no rows.
 */
export function depositSlots(deposits: ProvidentFundDeposit[], count: number): DepositSlot[] {
  const valid = deposits.filter((d) => /^\d{4}-(0[1-9]|1[0-2])$/.test(d.month));
  if (valid.length === 0 || count <= 0) return [];
  const byMonth = new Map<string, ProvidentFundDeposit>();
  for (const d of valid) {
    const seen = byMonth.get(d.month);
    byMonth.set(
      d.month,
      seen
        ? {
            month: d.month,
            kind: seen.kind === d.kind ? seen.kind : `${seen.kind}、${d.kind}`,
            personal: round2(seen.personal + d.personal),
            employer: round2(seen.employer + d.employer),
            total: round2(seen.total + d.total),
          }
        : d,
    );
  }
  let month = valid.reduce((latest, d) => (d.month > latest ? d.month : latest), valid[0].month);
  const slots: DepositSlot[] = [];
  for (let i = 0; i < count; i++) {
    slots.push({ month, deposit: byMonth.get(month) });
    month = previousMonth(month);
  }
  return slots;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 0.05 -> "5%", 0.075 -> "7.5%", 0.02125 -> "2.125%" (no float noise, at most 3 decimals). */
export function percentText(fraction: number): string {
  if (!Number.isFinite(fraction)) return '';
  const value = Math.round(fraction * 100 * 1000) / 1000;
  return `${String(value)}%`;
}

/** A deposit bar in words: "2026年2月 汇缴：个人 720.10 元，单位 720.10 元，合计 1,440.20 元". */
export function depositBarText(slot: DepositSlot, locale: Locale, t: DomainTranslate<PfKey>): string {
  const month = monthLabel(slot.month, locale);
  if (!slot.deposit) return t('pf.bar.spokenNone', { month });
  return t('pf.bar.spoken', {
    month,
    kind: slot.deposit.kind,
    personal: spokenYuan(slot.deposit.personal, locale),
    employer: spokenYuan(slot.deposit.employer, locale),
    total: spokenYuan(slot.deposit.total, locale),
  });
}

// --- the balance chart

export interface BalanceBar {
  point: ProvidentFundBalancePoint;
  /** Percent of the chart's width, 0..100 (a balance above zero stays visible). */
  percent: number;
  /** The year is not over (its point ends before December): this year so far. */
  partial: boolean;
}

/**
 * The balance chart's rows, newest year first, on one scale: the full width is the nice ceiling
 * of the largest balance in the whole history (so showing more years does not rescale the bars).
 * `count` limits the rows to the latest years. A point with a malformed year is left out.
 */
export function balanceBars(points: ProvidentFundBalancePoint[], count: number = Infinity): { scale: number; bars: BalanceBar[] } {
  const valid = points.filter((p) => Number.isInteger(p.year) && Number.isFinite(p.balance));
  const scale = niceCeiling(Math.max(0, ...valid.map((p) => p.balance)));
  const bars = [...valid]
    .sort((a, b) => b.year - a.year)
    .slice(0, Math.max(0, count))
    .map((point) => ({
      point,
      percent: point.balance > 0 && scale > 0 ? Math.max(MIN_VISIBLE_PERCENT, Math.round((point.balance / scale) * 1000) / 10) : 0,
      partial: /^\d{4}-\d{2}$/.test(point.through) && point.through.slice(5, 7) !== '12',
    }));
  return { scale, bars };
}

/** "2025年底" / "End of 2025"; this year: "2026年（截至3月）" / "2026 so far (to Mar)". */
export function balanceWhen(bar: BalanceBar, locale: Locale, t: DomainTranslate<PfKey>): string {
  const year = bar.point.year;
  return bar.partial ? t('pf.balances.soFar', { year, month: shortMonthLabel(bar.point.through, locale) }) : t('pf.balances.yearEnd', { year });
}

/** A year's bar in words: "2025年底余额 215,612.50 元：当年缴存 16,909.80 元，利息 3,058.69 元，提取 0.00 元". */
export function balanceBarText(bar: BalanceBar, locale: Locale, t: DomainTranslate<PfKey>): string {
  const { point } = bar;
  return t('pf.balances.spoken', {
    when: balanceWhen(bar, locale, t),
    balance: spokenYuan(point.balance, locale),
    deposits: spokenYuan(point.deposits, locale),
    interest: spokenYuan(point.interest, locale),
    withdrawals: spokenYuan(point.withdrawals, locale),
  });
}

/** Under the chart when this year is not over: "2026年的余额截至2026年3月。" */
export function partialNote(bars: BalanceBar[], locale: Locale, t: DomainTranslate<PfKey>): string | undefined {
  const bar = bars.find((b) => b.partial);
  return bar ? t('pf.balances.partial', { year: bar.point.year, month: monthLabel(bar.point.through, locale) }) : undefined;
}

// --- the loan form

export type LoanField = 'earners' | 'home' | 'years' | 'amount';
export const LOAN_FIELDS: readonly LoanField[] = ['earners', 'home', 'years', 'amount'];

export interface LoanAnswers {
  earners?: 1 | 2;
  home?: LoanHome;
  /** As typed. */
  years: string;
  /** As typed, in 万元 (10,000 yuan); empty = the most the rules allow. */
  amount: string;
}

export interface FieldProblem {
  key: PfKey;
  params?: Record<string, string | number>;
}

export type LoanCheck = { ok: true; query: LoanEstimateQuery } | { ok: false; problems: Partial<Record<LoanField, FieldProblem>> };

/** Full-width digits and dot (from a Chinese keyboard) as ASCII; spaces and a trailing 万/万元/年 dropped. */
export function normalizeNumber(input: string, unit: RegExp): string {
  return input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/\s+/g, '')
    .replace(unit, '');
}

/** Money in 万元 from the form -> yuan, or undefined when it is not a plain number with at most two decimals. */
export function wanToYuan(input: string): number | undefined {
  const text = normalizeNumber(input, /(万元|万)$/);
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(text)) return undefined;
  return Math.round(Number(text) * 10_000);
}

/**
 * The loan form's own check, before asking the BFF: one problem per field, in the order the form
 * shows them. `maxYears` is the longest term the contract allows (the city's own may be shorter:
 * the BFF then answers 400 on `years`).
 */
export function checkLoanAnswers(answers: LoanAnswers, maxYears: number = LOAN_YEARS_MAX): LoanCheck {
  const problems: Partial<Record<LoanField, FieldProblem>> = {};
  if (answers.earners !== 1 && answers.earners !== 2) problems.earners = { key: 'pf.missing.earners' };
  if (answers.home !== 'first' && answers.home !== 'second') problems.home = { key: 'pf.missing.home' };
  const yearsText = normalizeNumber(answers.years, /年$/);
  let years = NaN;
  if (yearsText === '') problems.years = { key: 'pf.missing.years' };
  else if (!/^\d{1,2}$/.test(yearsText) || Number(yearsText) < 1 || Number(yearsText) > maxYears) problems.years = { key: 'pf.bad.years', params: { max: maxYears } };
  else years = Number(yearsText);
  let amount: number | undefined;
  if (answers.amount.trim() !== '') {
    amount = wanToYuan(answers.amount);
    if (amount === undefined) problems.amount = { key: 'pf.bad.amount' };
    else if (amount < 10_000) problems.amount = { key: 'pf.small.amount' };
    else if (amount > 10_000_000) problems.amount = { key: 'pf.big.amount' };
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, query: { earners: answers.earners!, home: answers.home!, years, ...(amount !== undefined ? { amount } : {}) } };
}

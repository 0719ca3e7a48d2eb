import { describe, expect, it } from '@jest/globals';
import type { MonthlyContribution } from '@portal/shared';
import { translator } from '../../i18n/translate';
import {
  formatAmount,
  formatYuan,
  latestMonth,
  monthBarText,
  monthLabel,
  monthNumber,
  monthSlots,
  niceCeiling,
  pickerYears,
  presentKinds,
  scaleBars,
  shortMonthLabel,
  spokenYuan,
  yearBarText,
} from './chart';

const month = (m: string, personal: number, employer: number): MonthlyContribution => ({
  month: m,
  paymentBase: 10000,
  byInsurance: { pension: { personal, employer } },
  personalTotal: personal,
  employerTotal: employer,
});

describe('money', () => {
  it('shows yuan with two decimals and grouped thousands', () => {
    expect(formatAmount(2890.97)).toBe('2,890.97');
    expect(formatAmount(1234567.5)).toBe('1,234,567.50');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(999.999)).toBe('1,000.00');
    expect(formatAmount(0.1 + 0.2)).toBe('0.30');
    expect(formatYuan(7367.84)).toBe('¥7,367.84');
    expect(formatYuan(-12)).toBe('-¥12.00');
    expect(formatYuan(-0.001)).toBe('¥0.00');
  });
  it('says the unit in words for screen readers', () => {
    expect(spokenYuan(2890.97, 'zh')).toBe('2,890.97 元');
    expect(spokenYuan(2890.97, 'en')).toBe('2,890.97 yuan');
  });
});

describe('months', () => {
  it('labels YYYY-MM in both languages', () => {
    expect(monthLabel('2025-01', 'zh')).toBe('2025年1月');
    expect(monthLabel('2025-12', 'en')).toBe('December 2025');
    expect(shortMonthLabel('2025-03', 'zh')).toBe('3月');
    expect(shortMonthLabel('2025-03', 'en')).toBe('Mar');
    expect(monthNumber('2025-03')).toBe('03');
  });
  it('shows anything that is not a month as it came, and nothing for null', () => {
    expect(monthLabel('2025-13', 'zh')).toBe('2025-13');
    expect(monthLabel(null, 'en')).toBe('');
  });
  it('offers this year (China time) and the four before', () => {
    expect(pickerYears(new Date('2025-12-31T17:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(pickerYears(new Date('2025-06-01T00:00:00Z'))).toEqual([2025, 2024, 2023, 2022, 2021]);
  });
  it('shows all twelve months of a past year, gaps included', () => {
    const slots = monthSlots(2024, [month('2024-01', 1, 2), month('2024-03', 1, 2)], new Date('2026-03-02T00:00:00Z'));
    expect(slots).toHaveLength(12);
    expect(slots[1]).toEqual({ month: '2024-02', contribution: undefined });
    expect(slots[2].contribution?.month).toBe('2024-03');
  });
  it('shows this year up to the latest month with a record, and nothing without records', () => {
    const now = new Date('2026-11-29T00:00:00Z');
    expect(monthSlots(2026, [month('2026-01', 1, 2), month('2026-02', 1, 2)], now).map((s) => s.month)).toEqual(['2026-01', '2026-02']);
    expect(monthSlots(2026, [], now)).toEqual([]);
    expect(monthSlots(2025, [month('2026-01', 1, 2)], now)).toEqual([]);
  });
  it('finds the latest month', () => {
    expect(latestMonth([month('2025-02', 1, 1), month('2025-11', 1, 1), month('2025-05', 1, 1)])).toBe('2025-11');
    expect(latestMonth([])).toBeUndefined();
  });
});

describe('chart scaling', () => {
  it('rounds the largest total up to a round number close above it', () => {
    expect(niceCeiling(10258.81)).toBe(12000);
    expect(niceCeiling(125873.34)).toBe(150000);
    expect(niceCeiling(2300)).toBe(2500);
    expect(niceCeiling(4100)).toBe(5000);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(0.37)).toBe(0.4);
    expect(niceCeiling(7100)).toBe(8000);
    expect(niceCeiling(0)).toBe(0);
    expect(niceCeiling(Number.NaN)).toBe(0);
  });
  it('puts every bar on one scale, personal and employer stacked', () => {
    const { scale, bars } = scaleBars([
      { personal: 2500, employer: 7500 },
      { personal: 1000, employer: 1500 },
      undefined,
    ]);
    expect(scale).toBe(10000);
    expect(bars).toEqual([
      { personal: 25, employer: 75 },
      { personal: 10, employer: 15 },
      { personal: 0, employer: 0 },
    ]);
  });
  it('keeps a tiny share visible, never over 100 percent in all, and draws nothing for zero or negative', () => {
    const { bars } = scaleBars([
      { personal: 1, employer: 9999 },
      { personal: 0, employer: -20 },
    ]);
    expect(bars[0].personal).toBe(1);
    expect(bars[0].personal + bars[0].employer).toBeLessThanOrEqual(100);
    expect(bars[1]).toEqual({ personal: 0, employer: 0 });
  });
  it('has no scale when everything is zero', () => {
    expect(scaleBars([{ personal: 0, employer: 0 }])).toEqual({ scale: 0, bars: [{ personal: 0, employer: 0 }] });
  });
});

describe('text equivalents', () => {
  it('words a month bar the way a screen reader should say it', () => {
    const slot = { month: '2025-01', contribution: month('2025-01', 2890.97, 7367.84) };
    expect(monthBarText(slot, 'zh', translator('zh'))).toBe('2025年1月 个人 2,890.97 元，单位 7,367.84 元');
    expect(monthBarText(slot, 'en', translator('en'))).toBe('January 2025: personal 2,890.97 yuan, employer 7,367.84 yuan');
    expect(monthBarText({ month: '2025-02', contribution: undefined }, 'zh', translator('zh'))).toBe('2025年2月 无缴费记录');
  });
  it('words a year bar', () => {
    const row = { year: 2025, monthsPaid: 12, personalTotal: 34691.64, employerTotal: 88414.08 };
    expect(yearBarText(row, 'zh', translator('zh'))).toBe('2025年 个人 34,691.64 元，单位 88,414.08 元，缴费 12 个月');
    expect(yearBarText(row, 'en', translator('en'))).toBe('2025: personal 34,691.64 yuan, employer 88,414.08 yuan, 12 months paid');
  });
  it('lists only the insurances present, pension first', () => {
    expect(presentKinds({ medical: { personal: 1, employer: 1 }, pension: { personal: 1, employer: 1 } })).toEqual(['pension', 'medical']);
  });
});

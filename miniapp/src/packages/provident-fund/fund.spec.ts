import { describe, expect, it } from '@jest/globals';
import type { ProvidentFundBalancePoint, ProvidentFundDeposit } from '@portal/shared';
import { domainTranslator } from '../../i18n/domain';
import { PF_MESSAGES } from '../../i18n/domains/provident-fund';
import { scaleBars } from '../social-insurance/chart';
import { balanceBarText, balanceBars, checkLoanAnswers, depositBarText, depositSlots, partialNote, percentText, wanToYuan } from './fund';

const deposit = (month: string, personal: number, kind = '汇缴'): ProvidentFundDeposit => ({ month, kind, personal, employer: personal, total: personal * 2 });

describe('depositSlots', () => {
  it('lists calendar months newest first from the newest deposit, a missing month as a gap', () => {
    const slots = depositSlots([deposit('2026-02', 720.1), deposit('2025-12', 720.1), deposit('2026-01', 0)].filter((d) => d.month !== '2026-01'), 4);
    expect(slots.map((s) => s.month)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(slots.map((s) => Boolean(s.deposit))).toEqual([true, false, true, false]);
  });

  it('adds up two deposits of one month (a back payment beside the regular one)', () => {
    const [first] = depositSlots([deposit('2026-02', 100), deposit('2026-02', 50, '补缴')], 1);
    expect(first.deposit).toEqual({ month: '2026-02', kind: '汇缴、补缴', personal: 150, employer: 150, total: 300 });
  });

  it('has no rows without a deposit, and ignores a malformed month', () => {
    expect(depositSlots([], 12)).toEqual([]);
    expect(depositSlots([deposit('2026-13', 1)], 12)).toEqual([]);
  });

  it('scales the bars so that the largest deposit fills most of the chart', () => {
    const slots = depositSlots([deposit('2026-02', 720.1), deposit('2026-01', 360.05)], 2);
    const { scale, bars } = scaleBars(slots.map((s) => (s.deposit ? { personal: s.deposit.personal, employer: s.deposit.employer } : undefined)));
    expect(scale).toBe(1500);
    expect(bars[0].personal + bars[0].employer).toBeCloseTo(96, 0);
    expect(bars[1].personal + bars[1].employer).toBeCloseTo(48, 0);
  });
});

describe('depositBarText', () => {
  it('says each bar with its amounts in yuan, and a gap as no deposit', () => {
    const t = domainTranslator(PF_MESSAGES, 'zh');
    const [bar, gap] = depositSlots([deposit('2026-02', 720.1)], 2);
    expect(depositBarText(bar, 'zh', t)).toBe('2026年2月 汇缴：个人 720.10 元，单位 720.10 元，合计 1,440.20 元');
    expect(depositBarText(gap, 'zh', t)).toBe('2026年1月 无缴存');
    expect(depositBarText(bar, 'en', domainTranslator(PF_MESSAGES, 'en'))).toBe('February 2026 汇缴: you 720.10 yuan, employer 720.10 yuan, total 1,440.20 yuan');
  });
});

describe('percentText', () => {
  it('shows a rate as percent without float noise', () => {
    expect(percentText(0.05)).toBe('5%');
    expect(percentText(0.12)).toBe('12%');
    expect(percentText(0.026)).toBe('2.6%');
    expect(percentText(0.02125)).toBe('2.125%');
  });
});

describe('the loan form check', () => {
  it('asks for every missing answer, one message per field', () => {
    const check = checkLoanAnswers({ years: '', amount: '' });
    expect(check).toEqual({ ok: false, problems: { earners: { key: 'pf.missing.earners' }, home: { key: 'pf.missing.home' }, years: { key: 'pf.missing.years' } } });
  });

  it('refuses a term that is not a whole number of years within the limit', () => {
    for (const years of ['0', '31', '2.5', 'abc', '-3']) {
      const check = checkLoanAnswers({ earners: 1, home: 'first', years, amount: '' }, 30);
      expect(check).toEqual({ ok: false, problems: { years: { key: 'pf.bad.years', params: { max: 30 } } } });
    }
  });

  it('reads the amount in 万元, full-width digits and a trailing 万 included', () => {
    expect(wanToYuan('60')).toBe(600_000);
    expect(wanToYuan('６０万')).toBe(600_000);
    expect(wanToYuan('55.5')).toBe(555_000);
    expect(wanToYuan('1.234')).toBeUndefined();
    expect(wanToYuan('sixty')).toBeUndefined();
  });

  it('keeps the amount between 1 and 1000 万元', () => {
    const base = { earners: 2 as const, home: 'second' as const, years: '20' };
    expect(checkLoanAnswers({ ...base, amount: '0.5' })).toEqual({ ok: false, problems: { amount: { key: 'pf.small.amount' } } });
    expect(checkLoanAnswers({ ...base, amount: '1001' })).toEqual({ ok: false, problems: { amount: { key: 'pf.big.amount' } } });
    expect(checkLoanAnswers({ ...base, amount: '六十' })).toEqual({ ok: false, problems: { amount: { key: 'pf.bad.amount' } } });
  });

  it('gives the query when every answer is good; no amount asks for the most allowed', () => {
    expect(checkLoanAnswers({ earners: 1, home: 'first', years: ' 30 ', amount: '' })).toEqual({ ok: true, query: { earners: 1, home: 'first', years: 30 } });
    expect(checkLoanAnswers({ earners: 2, home: 'second', years: '25年', amount: '80' })).toEqual({
      ok: true,
      query: { earners: 2, home: 'second', years: 25, amount: 800_000 },
    });
  });
});

describe('the balance chart', () => {
  const point = (year: number, balance: number, extra: Partial<ProvidentFundBalancePoint> = {}): ProvidentFundBalancePoint => ({
    year, through: `${year}-12`, balance, deposits: 16909.8, interest: 3058.69, withdrawals: 0, ...extra,
  });
  const history = [point(2024, 195644.01), point(2025, 215612.5), point(2026, 180000, { through: '2026-03', withdrawals: 38492.9, interest: 0 })];

  it('lists years newest first, scaled on the largest balance of the whole history', () => {
    const { scale, bars } = balanceBars(history);
    expect(scale).toBe(250000);
    expect(bars.map((b) => b.point.year)).toEqual([2026, 2025, 2024]);
    expect(bars.map((b) => b.percent)).toEqual([72, 86.2, 78.3]);
    expect(bars.map((b) => b.partial)).toEqual([true, false, false]);
  });

  it('keeps the scale when only the latest years are shown, and a tiny balance visible', () => {
    const { scale, bars } = balanceBars([point(2010, 12), ...history], 2);
    expect(scale).toBe(250000);
    expect(bars.map((b) => b.point.year)).toEqual([2026, 2025]);
    expect(balanceBars([point(2010, 12), point(2011, 0), ...history]).bars.slice(-2).map((b) => b.percent)).toEqual([0, 1]);
    expect(balanceBars([])).toEqual({ scale: 0, bars: [] });
  });

  it('says each year’s balance in words, this year as so far, with deposits, interest and withdrawals', () => {
    const zh = domainTranslator(PF_MESSAGES, 'zh');
    const en = domainTranslator(PF_MESSAGES, 'en');
    const { bars } = balanceBars(history);
    expect(balanceBarText(bars[1], 'zh', zh)).toBe('2025年底余额 215,612.50 元：当年缴存 16,909.80 元，利息 3,058.69 元，提取 0.00 元');
    expect(balanceBarText(bars[0], 'zh', zh)).toBe('2026年（截至3月）余额 180,000.00 元：当年缴存 16,909.80 元，利息 0.00 元，提取 38,492.90 元');
    expect(balanceBarText(bars[0], 'en', en)).toBe('2026 so far (to Mar) balance 180,000.00 yuan: deposited 16,909.80 yuan, interest 0.00 yuan, withdrawn 38,492.90 yuan');
    expect(partialNote(bars, 'zh', zh)).toBe('2026年的余额截至2026年3月。');
    expect(partialNote(bars.slice(1), 'zh', zh)).toBeUndefined();
  });
});

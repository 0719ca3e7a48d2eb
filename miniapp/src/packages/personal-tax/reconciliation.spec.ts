import { describe, expect, it } from '@jest/globals';
import type { PersonalTaxAnnual } from '@portal/shared';
import { domainTranslator } from '../../i18n/domain';
import { TAX_MESSAGES } from '../../i18n/domains/personal-tax';
import { calculationLines, incomeRows, outcomeAmount, reconciliationWords, taxYears } from './reconciliation';

const t = domainTranslator(TAX_MESSAGES, 'zh');
type R = PersonalTaxAnnual['reconciliation'];
const base: R = {
  comprehensiveIncome: 200_000,
  basicDeduction: 60_000,
  specialDeductions: 20_000,
  specialAdditionalDeductions: [{ type: 'housingRent', label: '住房租金', amount: 18_000 }],
  taxableIncome: 102_000,
  taxPayable: 7_680,
  taxWithheld: 9_000,
  outcome: 'refund',
  outcomeLabel: '申请退税',
  refund: 1_320,
  amountDue: 0,
};

describe('the reconciliation in words', () => {
  it('says a refund and its amount', () => {
    expect(reconciliationWords(base, t)).toEqual({
      headline: '可以退税 ¥1,320.00',
      text: '这一年预先扣缴的税款比应纳税额多。办理年度汇算时可以申请退还多缴的 ¥1,320.00。',
    });
  });

  it('says an amount due', () => {
    const due: R = { ...base, taxWithheld: 7_000, outcome: 'due', outcomeLabel: '补税', refund: 0, amountDue: 680 };
    expect(reconciliationWords(due, t).headline).toBe('需要补税 ¥680.00');
  });

  it('says a waived amount is not paid, and names what it would have been', () => {
    const exempt: R = { ...base, taxWithheld: 7_500, outcome: 'exempt', outcomeLabel: '免予补税', refund: 0, amountDue: 0 };
    expect(outcomeAmount(exempt)).toBe(180);
    const words = reconciliationWords(exempt, t);
    expect(words.headline).toBe('不用补税');
    expect(words.text).toContain('应补税 ¥180.00');
    expect(words.text).toContain('不用补缴');
  });

  it('says nothing to settle', () => {
    const none: R = { ...base, taxWithheld: 7_680, outcome: 'none', outcomeLabel: '无需退补', refund: 0, amountDue: 0 };
    expect(reconciliationWords(none, t).headline).toBe('不用退税，也不用补税');
    expect(reconciliationWords(none, domainTranslator(TAX_MESSAGES, 'en')).headline).toBe('No refund and nothing to pay');
  });
});

describe('the calculation lines', () => {
  it('lists income, the deductions as minus amounts, and ends with the result', () => {
    const lines = calculationLines(base, t);
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ['综合所得收入额', '¥200,000.00'],
      ['减：基本减除费用', '-¥60,000.00'],
      ['减：专项扣除（个人缴纳的社保和公积金）', '-¥20,000.00'],
      ['减：专项附加扣除（住房租金）', '-¥18,000.00'],
      ['应纳税所得额', '¥102,000.00'],
      ['应纳税额', '¥7,680.00'],
      ['已预缴税额', '-¥9,000.00'],
      ['应退税额', '¥1,320.00'],
    ]);
    expect(lines.filter((l) => l.total).map((l) => l.id)).toEqual(['taxableIncome', 'result']);
  });
});

describe('income rows and years', () => {
  it('puts wages first and names each type in our words (the national label for an unknown one)', () => {
    const rows = incomeRows(
      [
        { type: 'author', label: '稿酬所得', income: 3000, taxWithheld: 0, payments: 1 },
        { type: 'mystery' as never, label: '其他所得', income: 1, taxWithheld: 0, payments: 1 },
        { type: 'wages', label: '工资薪金所得', income: 200000, taxWithheld: 9000, payments: 12 },
      ],
      t,
    );
    expect(rows.map((r) => r.name)).toEqual(['工资薪金', '稿酬', '其他所得']);
  });

  it('offers the tax years newest first', () => {
    expect(taxYears(2023, 2025)).toEqual([2025, 2024, 2023]);
  });
});

import { INCOME_TYPES, type IncomeByType, type PersonalTaxAnnual, type ReconciliationOutcome, type SpecialAdditionalDeduction } from '@portal/shared';
import type { DomainTranslate } from '../../i18n/domain';
import type { TaxKey } from '../../i18n/domains/personal-tax';
import { formatYuan } from '../social-insurance/chart';

/**
 * Pure helpers for the income tax page: the annual reconciliation in plain words, the lines of
 * the calculation, and income in the usual order. No Taro here, so jest tests them.
 */
type Reconciliation = PersonalTaxAnnual['reconciliation'];

/** What the outcome is about, in yuan: the refund, the amount due, or (waived) what would have been due. */
export function outcomeAmount(r: Reconciliation): number {
  switch (r.outcome) {
    case 'refund':
      return r.refund;
    case 'due':
      return r.amountDue;
    case 'exempt':
      return Math.max(0, Math.round((r.taxPayable - r.taxWithheld) * 100) / 100);
    default:
      return 0;
  }
}

const HEADLINES: Record<ReconciliationOutcome, TaxKey> = {
  refund: 'tax.result.refund',
  due: 'tax.result.due',
  exempt: 'tax.result.exempt',
  none: 'tax.result.none',
};
const EXPLANATIONS: Record<ReconciliationOutcome, TaxKey> = {
  refund: 'tax.result.refund.text',
  due: 'tax.result.due.text',
  exempt: 'tax.result.exempt.text',
  none: 'tax.result.none.text',
};

/** The result in words: a headline ("可以退税 ¥1,234.56") and a sentence saying what it means. */
export function reconciliationWords(r: Reconciliation, t: DomainTranslate<TaxKey>): { headline: string; text: string } {
  const amount = formatYuan(outcomeAmount(r));
  return { headline: t(HEADLINES[r.outcome], { amount }), text: t(EXPLANATIONS[r.outcome], { amount }) };
}

const DEDUCTION_KEYS: Record<SpecialAdditionalDeduction, TaxKey> = {
  infantCare: 'tax.deduction.infantCare',
  childEducation: 'tax.deduction.childEducation',
  elderlySupport: 'tax.deduction.elderlySupport',
  housingRent: 'tax.deduction.housingRent',
};

export interface CalculationLine {
  id: string;
  label: string;
  /** On screen, e.g. "¥60,000.00"; deductions carry a leading minus. */
  value: string;
  total?: boolean;
}

/**
 * The reconciliation worked out line by line, as the tax office sets it out: income, less the
 * deductions, taxable income, tax payable, less tax withheld, and the result.
 */
export function calculationLines(r: Reconciliation, t: DomainTranslate<TaxKey>): CalculationLine[] {
  const minus = (value: number) => (value > 0 ? `-${formatYuan(value)}` : formatYuan(0));
  const lines: CalculationLine[] = [
    { id: 'comprehensiveIncome', label: t('tax.calc.comprehensiveIncome'), value: formatYuan(r.comprehensiveIncome) },
    { id: 'basicDeduction', label: t('tax.calc.basicDeduction'), value: minus(r.basicDeduction) },
    { id: 'specialDeductions', label: t('tax.calc.specialDeductions'), value: minus(r.specialDeductions) },
    ...r.specialAdditionalDeductions.map((d) => ({
      id: `additional-${d.type}`,
      label: t('tax.calc.additional', { label: DEDUCTION_KEYS[d.type] ? t(DEDUCTION_KEYS[d.type]) : d.label }),
      value: minus(d.amount),
    })),
    { id: 'taxableIncome', label: t('tax.calc.taxableIncome'), value: formatYuan(r.taxableIncome), total: true },
    { id: 'taxPayable', label: t('tax.calc.taxPayable'), value: formatYuan(r.taxPayable) },
    { id: 'taxWithheld', label: t('tax.calc.taxWithheld'), value: minus(r.taxWithheld) },
  ];
  const resultLabel: Record<ReconciliationOutcome, TaxKey> = { refund: 'tax.calc.refund', due: 'tax.calc.due', exempt: 'tax.calc.exempt', none: 'tax.calc.none' };
  lines.push({ id: 'result', label: t(resultLabel[r.outcome]), value: formatYuan(outcomeAmount(r)), total: true });
  return lines;
}

const TYPE_KEYS: Record<string, TaxKey> = { wages: 'tax.type.wages', labour: 'tax.type.labour', author: 'tax.type.author' };

/** Income rows in the usual order (wages first), each named in our words (the national label for an unknown type). */
export function incomeRows(income: IncomeByType[], t: DomainTranslate<TaxKey>): (IncomeByType & { name: string })[] {
  const order = (type: string) => {
    const i = (INCOME_TYPES as readonly string[]).indexOf(type);
    return i < 0 ? INCOME_TYPES.length : i;
  };
  return [...income].sort((a, b) => order(a.type) - order(b.type)).map((row) => ({ ...row, name: TYPE_KEYS[row.type] ? t(TYPE_KEYS[row.type]) : row.label }));
}

/** The tax years the national system answers for, newest first. */
export function taxYears(min: number, max: number): number[] {
  const years: number[] = [];
  for (let y = max; y >= min; y--) years.push(y);
  return years;
}

import { findPersona, type Persona } from '../identity/personas.js';
import { seededRng } from '../platform/seeded.js';
import { contributions, findAccount } from '../shebao/model.js';

/**
 * Personal income tax model (amounts in fen), national rules for tax years 2019+:
 * comprehensive income = wages + labour remuneration × 80 % (+ author's remuneration × 56 %);
 * basic deduction 60,000 元/year; special deductions = personal social insurance; special
 * additional deductions (infant care / child education 2,000 元/month per child, elderly support
 * 3,000 元/month for an only child, rent 1,500 元/month in Shanghai and Chengdu); annual brackets
 * 3 % to 45 %. Wages are withheld by the cumulative method with the deductions declared to the
 * employer; labour and author's remuneration at source per payment; the annual reconciliation
 * settles the difference (a due amount up to 400 元, or with income up to 120,000 元, is waived).
 */
export const TAX_YEARS = [2023, 2024, 2025] as const;
const BASIC_DEDUCTION = 60_000_00;

const BRACKETS: ReadonlyArray<{ upTo: number; rate: number; quick: number }> = [
  { upTo: 36_000_00, rate: 0.03, quick: 0 },
  { upTo: 144_000_00, rate: 0.1, quick: 2_520_00 },
  { upTo: 300_000_00, rate: 0.2, quick: 16_920_00 },
  { upTo: 420_000_00, rate: 0.25, quick: 31_920_00 },
  { upTo: 660_000_00, rate: 0.3, quick: 52_920_00 },
  { upTo: 960_000_00, rate: 0.35, quick: 85_920_00 },
  { upTo: Infinity, rate: 0.45, quick: 181_920_00 },
];

export function annualTax(taxable: number): number {
  if (taxable <= 0) return 0;
  const bracket = BRACKETS.find((b) => taxable <= b.upTo)!;
  return Math.round(taxable * bracket.rate - bracket.quick);
}

/** Tax withheld on one labour-remuneration payment (fen). */
export function labourWithholding(payment: number): number {
  const taxable = payment <= 4_000_00 ? payment - 800_00 : Math.round(payment * 0.8);
  if (taxable <= 0) return 0;
  if (taxable <= 20_000_00) return Math.round(taxable * 0.2);
  if (taxable <= 50_000_00) return Math.round(taxable * 0.3 - 2_000_00);
  return Math.round(taxable * 0.4 - 7_000_00);
}

export interface IncomeItem {
  type: 'wages' | 'labour' | 'author';
  income: number;
  withheld: number;
  payments: number;
}

export interface AdditionalDeduction {
  kind: 'infantCare' | 'childEducation' | 'elderlySupport' | 'housingRent';
  amount: number;
  /** Declared to the employer during the year (otherwise claimed only at reconciliation). */
  declaredToEmployer: boolean;
}

export interface TaxYear {
  persona: Persona;
  year: number;
  items: IncomeItem[];
  specialDeductions: number;
  additional: AdditionalDeduction[];
  comprehensiveIncome: number;
  taxableIncome: number;
  taxPayable: number;
  taxWithheld: number;
  /** > 0 due, < 0 refund. */
  balance: number;
  outcome: 'refund' | 'due' | 'waived' | 'none';
}

export function taxYear(idNumber: string, year: number): TaxYear | null {
  const persona = findPersona(idNumber);
  if (!persona || persona.kind === 'child') return null;
  const now = { year: 2026, month: 3 };
  const account = findAccount(idNumber, persona.city, now);
  const rng = seededRng('tax', idNumber, year);
  const items: IncomeItem[] = [];
  let specialDeductions = 0;
  let wages = 0;
  if (account && account.insuredType === '城镇职工') {
    const months = contributions(account, year, now);
    if (months.length > 0) {
      const factor = 1.15 + seededRng('tax-salary', idNumber)() * 0.35;
      wages = Math.round(months.reduce((sum, m) => sum + m.base, 0) * factor);
      specialDeductions = months.reduce((sum, m) => sum + m.personal, 0);
      // Provident fund, personal share (5-12 %, same as the fund model's range floor: 5 %+).
      specialDeductions += Math.round(months.reduce((sum, m) => sum + m.base, 0) * 0.07);
    }
  }
  const birthYear = Number(persona.idNumber.slice(6, 10));
  const additional: AdditionalDeduction[] = [];
  const child = persona.idNumber === '310104198506150015' ? 2023 : persona.idNumber === '510107198802280013' ? 2024 : null;
  if (child !== null && year >= child) {
    const months = year === child ? 12 - (child === 2023 ? 4 : 8) : 12;
    additional.push({ kind: 'infantCare', amount: months * 2_000_00, declaredToEmployer: year > child });
  }
  if (birthYear < 1990 && rng() < 0.7) additional.push({ kind: 'elderlySupport', amount: 12 * 3_000_00, declaredToEmployer: rng() < 0.5 });
  if (birthYear >= 1990 && wages > 0) additional.push({ kind: 'housingRent', amount: 12 * 1_500_00, declaredToEmployer: rng() < 0.5 });

  if (wages > 0) {
    const declared = additional.filter((d) => d.declaredToEmployer).reduce((s, d) => s + d.amount, 0);
    const withheld = annualTax(wages - BASIC_DEDUCTION - specialDeductions - declared);
    items.push({ type: 'wages', income: wages, withheld, payments: 12 });
  }
  const labourPayments = rng() < 0.6 ? 1 + Math.floor(rng() * 4) : 0;
  if (labourPayments > 0) {
    const amounts = Array.from({ length: labourPayments }, () => Math.round((1_500_00 + rng() * 18_000_00) / 100) * 100);
    items.push({
      type: 'labour',
      income: amounts.reduce((s, a) => s + a, 0),
      withheld: amounts.reduce((s, a) => s + labourWithholding(a), 0),
      payments: labourPayments,
    });
  }
  if (persona.idNumber === '310115199211030028') {
    const amount = 6_800_00;
    items.push({ type: 'author', income: amount, withheld: Math.round((amount * 0.8 * 0.7) * 0.2), payments: 1 });
  }
  const labour = items.find((i) => i.type === 'labour')?.income ?? 0;
  const author = items.find((i) => i.type === 'author')?.income ?? 0;
  const comprehensiveIncome = wages + Math.round(labour * 0.8) + Math.round(author * 0.8 * 0.7);
  const allAdditional = additional.reduce((s, d) => s + d.amount, 0);
  const taxableIncome = Math.max(0, comprehensiveIncome - BASIC_DEDUCTION - specialDeductions - allAdditional);
  const taxPayable = annualTax(taxableIncome);
  const taxWithheld = items.reduce((s, i) => s + i.withheld, 0);
  const balance = taxPayable - taxWithheld;
  let outcome: TaxYear['outcome'] = 'none';
  if (balance < 0) outcome = 'refund';
  else if (balance > 0) outcome = comprehensiveIncome <= 120_000_00 || balance <= 400_00 ? 'waived' : 'due';
  return {
    persona,
    year,
    items,
    specialDeductions,
    additional,
    comprehensiveIncome,
    taxableIncome,
    taxPayable,
    taxWithheld,
    balance,
    outcome,
  };
}


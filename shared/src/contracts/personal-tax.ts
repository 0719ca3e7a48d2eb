import type { CityId } from '../cities/catalog.types.js';

/** Individual income tax (个人所得税), from the national system. Money in yuan (2 decimals). */

export const TAX_YEAR_MIN = 2023;
export const TAX_YEAR_MAX = 2025;

/** GET /api/v1/cities/{city}/personal-tax/annual?year=2023..2025 */
export interface PersonalTaxAnnualQuery {
  year: number;
}

export const INCOME_TYPES = ['wages', 'labour', 'author'] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

export interface IncomeByType {
  type: IncomeType;
  /** The national system's label, e.g. 工资薪金. */
  label: string;
  income: number;
  taxWithheld: number;
  payments: number;
}

export const SPECIAL_ADDITIONAL_DEDUCTIONS = ['infantCare', 'childEducation', 'elderlySupport', 'housingRent'] as const;
export type SpecialAdditionalDeduction = (typeof SPECIAL_ADDITIONAL_DEDUCTIONS)[number];

/**
 * `refund`: tax was over-withheld, a refund can be claimed; `due`: tax to pay;
 * `none`: nothing to settle; `exempt`: an amount is due but waived (income ≤ 120,000 or due ≤ 400 yuan).
 */
export type ReconciliationOutcome = 'none' | 'refund' | 'due' | 'exempt';

export interface PersonalTaxAnnual {
  city: CityId;
  year: number;
  income: IncomeByType[];
  incomeTotal: number;
  taxWithheldTotal: number;
  reconciliation: {
    comprehensiveIncome: number;
    basicDeduction: number;
    specialDeductions: number;
    specialAdditionalDeductions: { type: SpecialAdditionalDeduction; label: string; amount: number }[];
    taxableIncome: number;
    taxPayable: number;
    taxWithheld: number;
    outcome: ReconciliationOutcome;
    /** The national system's words for the outcome, e.g. 申请退税. */
    outcomeLabel: string;
    /** Positive: to claim back. Zero otherwise. */
    refund: number;
    /** Positive: to pay (zero when exempt). */
    amountDue: number;
  };
}

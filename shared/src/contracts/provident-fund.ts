import type { CityId } from '../cities/catalog.types.js';

/** Housing provident fund (住房公积金), as every city's system is translated to it. Money in yuan (2 decimals). */

/** GET /api/v1/cities/{city}/provident-fund/summary */
export interface ProvidentFundSummary {
  city: CityId;
  /** `sealed` (封存): deposits stopped, e.g. after leaving an employer. */
  status: 'active' | 'sealed';
  /** `YYYY-MM-DD` */
  openedOn: string;
  balance: number;
  depositBase: number;
  /** Fractions, e.g. 0.05 for 5 %. */
  personalRate: number;
  employerRate: number;
  monthly: { personal: number; employer: number; total: number };
  /** `YYYY-MM`, null when nothing was ever deposited. */
  lastDepositMonth: string | null;
}

export const PROVIDENT_FUND_MONTHS_MAX = 24;

/**
 * GET /api/v1/cities/{city}/provident-fund/deposits?months=1..24 (default 24): the latest `months`
 * deposits within the city's window of the 24 months before this one (months without a deposit are left out).
 */
export interface ProvidentFundDepositsQuery {
  months?: number;
}

export interface ProvidentFundDeposit {
  /** `YYYY-MM` */
  month: string;
  /** The kind of deposit in the city's words (汇缴 regular, 补缴 back payment …). */
  kind: string;
  personal: number;
  employer: number;
  total: number;
}

export interface ProvidentFundDepositsResponse {
  city: CityId;
  /** Newest first; months without a deposit are left out. */
  deposits: ProvidentFundDeposit[];
}

/** One calendar year of the account. */
export interface ProvidentFundBalancePoint {
  year: number;
  /** `YYYY-MM`: the last month the point covers (December; this year, the current month). */
  through: string;
  /** Balance at `through`. */
  balance: number;
  /** Deposited in the year, personal + employer. */
  deposits: number;
  /** Interest credited in the year (settled each 30 June). */
  interest: number;
  /** Taken out in the year (rent, purchase …). */
  withdrawals: number;
}

/**
 * GET /api/v1/cities/{city}/provident-fund/balances: the balance at each year end since the account
 * opened, oldest first; the last point is this year so far and its balance is the summary's balance.
 */
export interface ProvidentFundBalanceHistory {
  city: CityId;
  points: ProvidentFundBalancePoint[];
}

export const LOAN_HOMES = ['first', 'second'] as const;
export type LoanHome = (typeof LOAN_HOMES)[number];
export const LOAN_YEARS_MIN = 1;
export const LOAN_YEARS_MAX = 30;

/**
 * GET /api/v1/cities/{city}/provident-fund/loan-estimate?earners=1|2&home=first|second&years=1..30[&amount=]
 * `earners`: 1 borrows alone, 2 with a spouse who also deposits (the city's family cap applies).
 * `amount` (yuan, optional): the loan wanted; without it the estimate is for the most the rules allow.
 */
export interface LoanEstimateQuery {
  earners: 1 | 2;
  home: LoanHome;
  years: number;
  amount?: number;
}

/** The rule that set the loan amount. */
export type LoanBound = 'cityCap' | 'balanceMultiple' | 'requested';
export type LoanIneligibility = 'accountSealed' | 'tooFewDepositMonths';

/** The city's published loan rules, as used for the estimate. */
export interface LoanRules {
  /** Max loan, yuan, by home and number of earners. */
  maxLoan: Record<LoanHome, { single: number; family: number }>;
  balanceMultiple: number;
  maxTermYears: number;
  minDepositMonths: number;
  /** Annual rates as fractions: `upTo5Years` for terms of 5 years or less. */
  rates: Record<LoanHome, { upTo5Years: number; over5Years: number }>;
}

export interface LoanEstimate {
  city: CityId;
  earners: 1 | 2;
  home: LoanHome;
  years: number;
  eligible: boolean;
  /** Why no loan is possible now; null when eligible. */
  ineligibleReason: LoanIneligibility | null;
  /** The most the rules allow (0 when not eligible), and the rule that bounded it. */
  maxAmount: number;
  maxBoundBy: Exclude<LoanBound, 'requested'>;
  /** The amount the payments are for: the requested amount within the maximum, else the maximum. */
  amount: number;
  amountBoundBy: LoanBound;
  /** The limits each rule sets, for the citizen to see why. `balanceLimit` uses the citizen's own balance only. */
  limits: { cityCap: number; balanceLimit: number };
  /** Annual rate, fraction. */
  annualRate: number;
  months: number;
  /** Equal instalments (等额本息). */
  monthlyPayment: number;
  totalInterest: number;
  totalRepayment: number;
  rules: LoanRules;
}
